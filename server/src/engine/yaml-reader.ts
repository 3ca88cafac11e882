import { Composer, isAlias, isMap, isScalar, isSeq, Parser, type Document, type Node as YamlNode } from 'yaml';
import { readDirectiveComment, type SheetDirectives } from './directives';
import type { Entry, MapNode, ModelNode, ParseProblem, ScalarValue, Sheet } from './model';
import { excessiveNesting, MAX_NESTING } from './nesting';
import { markShared } from './shared-nodes';
import { isWhitespace, LineIndex, type Range } from './text';

/** Deeper structures are not descended into: no clause of a term sheet nests this deep. */
const MAX_DEPTH = 64;
const MAX_KEY_LENGTH = 200;

/** Reads YAML text into the canonical model. Never throws: what cannot be read becomes a problem. */
export function readYamlSheet(text: string): Sheet {
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  let root: MapNode = { kind: 'map', entries: [], range: lines.range(0, 0) };
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    const end = tooDeep < lines.lineEnd(lines.position(tooDeep).line) ? tooDeep + 1 : tooDeep;
    problems.push({ message: `Nested more than ${MAX_NESTING} levels deep: too deep to read`, range: lines.range(tooDeep, end) });
    return { format: 'yaml', text, lines, root, problems, directives: [], unknownDirectives: [] };
  }
  const { documents, directives } = parseYaml(text, lines);
  const document = documents[0];

  for (const error of documents.flatMap((doc) => doc.errors)) {
    problems.push({ message: firstLine(error.message), range: lines.range(error.pos[0], error.pos[1]) });
  }
  if (documents.length > 1) {
    const second = documents[1].range?.[0] ?? text.length;
    problems.push({ message: 'A term sheet is one YAML document; found a second one', range: lines.range(second, second) });
  }

  if (document?.contents) {
    const builder = new ModelBuilder(text, lines, document);
    const contents = builder.build(document.contents, 0);
    problems.push(...builder.duplicateKeys);
    if (contents.kind === 'map') {
      root = contents;
    } else {
      const found = contents.kind === 'list' ? 'a list' : 'a single value';
      problems.push({
        message: `The top level of a term sheet must be a mapping of clauses (such as "parties:", "license:"); found ${found}`,
        range: lines.range(contents.range.start.offset, lines.lineEnd(contents.range.start.line)),
      });
    }
  }
  problems.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { format: 'yaml', text, lines, root, problems, ...directives };
}

/** The documents and directives of the text; the token tree they come from is let go as soon as they are read. */
function parseYaml(text: string, lines: LineIndex): { documents: Document.Parsed[]; directives: SheetDirectives } {
  const tokens = [...new Parser().parse(text)];
  // yaml's own duplicate-key check compares every key with every other one; the model builder does it with a set.
  const documents = [...new Composer({ prettyErrors: false, uniqueKeys: false }).compose(tokens)];
  // Walking the token tree costs as much as parsing; most sheets have no directive to find.
  const directives = text.includes('termsheet-') ? directivesIn(tokens, lines) : { directives: [], unknownDirectives: [] };
  return { documents, directives };
}

/** Lint directives from the comments of the token tree (so `#` inside a quoted string is never one). */
function directivesIn(tokens: readonly unknown[], lines: LineIndex): SheetDirectives {
  const found: SheetDirectives = { directives: [], unknownDirectives: [] };
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const token: unknown = stack.pop();
    if (Array.isArray(token)) {
      stack.push(...(token as unknown[]));
    } else if (typeof token === 'object' && token !== null) {
      const { type, offset, source } = token as { type?: string; offset?: number; source?: string };
      if (type === 'comment' && typeof offset === 'number' && typeof source === 'string') {
        readDirectiveComment(found, source.slice(1), offset + 1, lines.range(offset, offset + source.length), lines);
        continue;
      }
      for (const [key, value] of Object.entries(token)) if (key !== 'source' && typeof value === 'object') stack.push(value);
    }
  }
  // The tree is walked from its end: put the comments back in the order of the text.
  const byOffset = (a: { range: Range }, b: { range: Range }) => a.range.start.offset - b.range.start.offset;
  found.directives.sort(byOffset);
  found.unknownDirectives.sort(byOffset);
  return found;
}

/** yaml's messages carry a source excerpt after the first line; the editor shows the place itself. */
function firstLine(message: string): string {
  // The parser gives up on pathological nesting with the engine's own stack error; say what it means.
  if (/call stack/i.test(message)) return 'The text is nested too deeply to read';
  return message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
}

class ModelBuilder {
  /** One model node per anchored YAML node, so aliases share their target instead of copying it. */
  private readonly built = new Map<YamlNode, ModelNode>();
  /** How many anchored nodes are being built around the current one. */
  private insideAnchors = 0;
  readonly duplicateKeys: ParseProblem[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly document: Document.Parsed,
  ) {}

  build(node: unknown, depth: number, emptyAt = 0): ModelNode {
    if (isAlias(node)) {
      const target = node.resolve(this.document);
      return target ? this.buildShared(target, depth) : this.scalar(null, this.rangeOf(node));
    }
    const isEmptyScalar = isScalar(node) && node.value == null && node.range?.[0] === node.range?.[1];
    if (!isEmptyScalar && (isMap(node) || isSeq(node) || isScalar(node))) return this.buildShared(node, depth);
    return this.scalar(null, this.lines.range(emptyAt, emptyAt));
  }

  private buildShared(node: YamlNode, depth: number): ModelNode {
    // Only an anchored node is an alias's target, and only what lies inside one can be met again (an alias
    // inside its own anchor walks it again): anything else is met once, and needs no remembering.
    const anchored = Boolean(node.anchor);
    if (!anchored && this.insideAnchors === 0) return this.buildFresh(node, depth);
    const existing = this.built.get(node);
    if (existing) {
      markShared(existing);
      return existing;
    }
    if (anchored) this.insideAnchors++;
    try {
      const model = this.buildFresh(node, depth);
      this.built.set(node, model);
      return model;
    } finally {
      if (anchored) this.insideAnchors--;
    }
  }

  private buildFresh(node: YamlNode, depth: number): ModelNode {
    const range = this.rangeOf(node);
    if (depth > MAX_DEPTH) return this.scalar(null, range);
    if (isMap(node)) {
      const entries: Entry[] = [];
      const seen = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key;
        const keyRange = isScalar(keyNode) || isMap(keyNode) || isSeq(keyNode) || isAlias(keyNode) ? this.rangeOf(keyNode) : range;
        // A complex key (a mapping used as a key) is named by its source text: stringifying it can explode.
        const key = isScalar(keyNode) ? scalarKeyText(keyNode.value) : this.text.slice(keyRange.start.offset, keyRange.end.offset).slice(0, MAX_KEY_LENGTH);
        if (seen.has(key)) this.duplicateKeys.push({ message: `Map keys must be unique: "${key}" appears twice`, range: keyRange });
        seen.add(key);
        entries.push({ key, keyRange, value: this.build(pair.value, depth + 1, this.emptyValueAt(keyRange.end.offset, pair.value)) });
      }
      return { kind: 'map', entries, range };
    }
    if (isSeq(node)) {
      return { kind: 'list', items: node.items.map((item) => this.build(item, depth + 1, range.end.offset)), range };
    }
    if (isScalar(node)) return this.scalar(scalarValue(node.value, node.source), range);
    return this.scalar(null, range);
  }

  private scalar(value: ScalarValue, range: Range): ModelNode {
    return { kind: 'scalar', value, range };
  }

  /** A node's range without the trailing line breaks and spaces yaml includes in block collections. */
  private rangeOf(node: { range?: [number, number, number] | null }): Range {
    const start = node.range?.[0] ?? 0;
    let end = node.range?.[1] ?? start;
    while (end > start && isWhitespace(this.text.charCodeAt(end - 1))) end--;
    return this.lines.range(start, end);
  }

  /**
   * Where an empty value sits: just after the key's colon. An explicit key (`? key`) may have its
   * `:` on a later line, where yaml places the empty value; with no `:` at all, at the key's end.
   */
  private emptyValueAt(keyEnd: number, value: unknown): number {
    let offset = keyEnd;
    while (offset < this.text.length && (this.text[offset] === ' ' || this.text[offset] === '\t')) offset++;
    if (this.text[offset] === ':') return offset + 1;
    const placed = isScalar(value) ? value.range?.[0] : undefined;
    if (placed === undefined || placed <= keyEnd) return keyEnd;
    offset = placed;
    while (offset > keyEnd && (this.text[offset - 1] === ' ' || this.text[offset - 1] === '\t')) offset--;
    return this.text[offset - 1] === ':' ? offset : keyEnd;
  }
}

function scalarValue(value: unknown, source: string | undefined): ScalarValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return source ?? (value instanceof Date ? String(value) : '');
}

/** A scalar key's text: the YAML library gives strings, numbers, booleans, null, dates or big integers. */
function scalarKeyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return value instanceof Date ? String(value) : '';
}
