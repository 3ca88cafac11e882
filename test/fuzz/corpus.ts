/**
 * Shared material for the fuzz tests and the `npm run fuzz` runner: the seed documents
 * (examples and Markdown fixtures), the mutations applied to them, and the invariants every
 * lint result must satisfy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Lexer } from 'yaml';
import { applyFixes, fixAll, LineIndex, lintText, type Finding, type LintResult } from '../../server/src/engine';
import { RULES } from '../../rules';

export const ROOT = join(__dirname, '..', '..', '..');
export const REGRESSIONS = join(ROOT, 'test', 'fuzz', 'regressions');

export type Format = 'yaml' | 'markdown';

export interface Seed {
  name: string;
  format: Format;
  text: string;
}

function seedsIn(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
    .sort()
    .map((name) => ({ name, format: /\.md$/.test(name) ? 'markdown' : 'yaml', text: readFileSync(join(dir, name), 'utf8') }));
}

export const SEEDS: Seed[] = [...seedsIn(join(ROOT, 'examples')), ...seedsIn(join(ROOT, 'test', 'fixtures', 'markdown'))];

export function fileNameFor(format: Format): string {
  return format === 'markdown' ? 'fuzz.termsheet.md' : 'fuzz.termsheet.yaml';
}

export function lint(text: string, format: Format): LintResult {
  return lintText(text, { rules: RULES, fileName: fileNameFor(format) });
}

// ---------------------------------------------------------------------------------------------
// Mutations. Each takes the text and a few random numbers (in [0, 1)) and returns new text.

type Mutation = (text: string, r: number[], extra: string) => string;

const lines = (text: string) => text.split('\n');
const pick = <T>(items: readonly T[], r: number): T => items[Math.min(items.length - 1, Math.floor(r * items.length))];
const at = (text: string, r: number) => Math.floor(r * (text.length + 1));

const HUGE_NUMBERS = [
  '1e309',
  '-1e309',
  '99999999999999999999999999999999',
  '0x7fffffffffffffff',
  '-0',
  '.nan',
  '.inf',
  'NaN',
  '1_000_000_000_000_000_000',
  'USD 1e400',
  '€9,999,999,999,999,999.99',
  '1e-400',
  '100.00000000000000000001%',
  '0.',
  '10 bn',
  '12345678901234567890 million',
];
const SNIPPETS = [
  'anchor: &a\n  x: 1\n  y: *a\n',
  'base: &base\n  currency: USD\nfinancials:\n  <<: *base\n  upfront: 5000000\n',
  'dup: 1\ndup: 2\n',
  'ref: *undefined_alias\n',
  'a: &x [1, *x]\n',
  '? [complex, key]\n: value\n',
  '? explicit\n',
  '  ? nested\n  :\n',
  '\t- tabbed\n',
  '---\n',
  '...\n',
  '%YAML 1.2\n---\n',
  '!!binary aGVsbG8=\n',
  'k: !custom tag\n',
  '| a | b |\n|---|\n| x | y | z |\n',
  '| broken\n|---|---|---|---|\n',
  '<!-- unclosed comment\n',
  '<!-- termsheet-disable-next-line fto-missing -- fuzz -->\n',
  '# termsheet-disable-next-line placeholder-left, nope -- fuzz\n',
  '# termsheet-enable\n',
  '<!-- termsheet-disable -->\n',
  '---\ntermsheet: 1\n',
  '```\nunclosed fence\n',
  '# \n',
  '## Financials\n\n- **Upfront:** USD 1e309\n',
  '  - - - - - x\n',
  '"unterminated\n',
  "'also: unterminated\n",
  'key: >\n  folded\n   more\n',
  'key: |-\n\n\n',
  '\u2028\u2029\u0085\n',
];

const MUTATIONS: Record<string, Mutation> = {
  deleteLines(text, r) {
    const all = lines(text);
    const start = Math.floor(r[0] * all.length);
    all.splice(start, 1 + Math.floor(r[1] * 4));
    return all.join('\n');
  },
  duplicateLine(text, r) {
    const all = lines(text);
    const i = Math.floor(r[0] * all.length);
    all.splice(i, 0, all[i] ?? '');
    return all.join('\n');
  },
  swapLines(text, r) {
    const all = lines(text);
    const i = Math.floor(r[0] * all.length);
    const j = Math.floor(r[1] * all.length);
    [all[i], all[j]] = [all[j], all[i]];
    return all.join('\n');
  },
  swapIndentation(text, r) {
    const all = lines(text);
    const i = Math.floor(r[0] * all.length);
    const line = all[i] ?? '';
    const body = line.trimStart();
    const indent = line.length - body.length;
    const choices = [0, indent + 1, indent + 2, Math.max(0, indent - 2), indent + 4];
    all[i] = ' '.repeat(pick(choices, r[1])) + body;
    return all.join('\n');
  },
  truncate(text, r) {
    return text.slice(0, at(text, r[0]));
  },
  insertUnicode(text, r, extra) {
    const i = at(text, r[0]);
    return text.slice(0, i) + extra + text.slice(i);
  },
  replaceNumber(text, r) {
    const numbers = [...text.matchAll(/\d[\d,._]*/g)];
    if (numbers.length === 0) return text + `\nupfront: ${pick(HUGE_NUMBERS, r[1])}\n`;
    const match = pick(numbers, r[0]);
    return text.slice(0, match.index) + pick(HUGE_NUMBERS, r[1]) + text.slice((match.index ?? 0) + match[0].length);
  },
  deepNesting(text, r) {
    const depth = 1 + Math.floor(r[1] * 300);
    const kind = Math.floor(r[2] * 4);
    const nest =
      kind === 0
        ? `deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
        : kind === 1
          ? `deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`
          : kind === 2
            ? Array.from({ length: depth }, (_, d) => `${' '.repeat(d)}k${d}:`).join('\n') + ' 1\n'
            : `${'>'.repeat(depth)} quote\n${'  '.repeat(Math.min(depth, 60))}- item\n`;
    const all = lines(text);
    all.splice(Math.floor(r[0] * all.length), 0, nest);
    return all.join('\n');
  },
  insertSnippet(text, r) {
    const all = lines(text);
    all.splice(Math.floor(r[0] * all.length), 0, pick(SNIPPETS, r[1]));
    return all.join('\n');
  },
  aliasValue(text, r) {
    // Turn one value into an anchor and another into an alias to it.
    const all = lines(text);
    const values = all.map((line, i) => [line, i] as const).filter(([line]) => /:\s+\S/.test(line));
    if (values.length < 2) return text;
    const [first, i] = pick(values, r[0]);
    const [, j] = pick(values, r[1]);
    all[i] = first.replace(/:\s+/, ': &fz ');
    all[j] = all[j].replace(/:\s+.*$/, ': *fz');
    return all.join('\n');
  },
  tabs(text, r) {
    if (r[0] < 0.5) return text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2));
    const i = at(text, r[1]);
    return text.slice(0, i) + '\t' + text.slice(i);
  },
  crlf(text, r) {
    return r[0] < 0.7 ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\n/g, r[1] < 0.5 ? '\r' : '\n\r');
  },
  bom(text) {
    return '\uFEFF' + text;
  },
  breakTable(text, r) {
    const all = lines(text);
    const rows = all.map((line, i) => [line, i] as const).filter(([line]) => line.includes('|'));
    if (rows.length === 0) return text + '\n| a | b |\n|---\n| c\n';
    const [row, i] = pick(rows, r[0]);
    const k = Math.floor(r[1] * 3);
    all[i] = k === 0 ? row.replace(/\|/, '') : k === 1 ? row + ' | extra | cells |' : row.replace(/-+/g, '');
    return all.join('\n');
  },
  unclosedFrontMatter(text, r) {
    if (text.startsWith('---')) {
      // Remove the closing fence.
      const close = text.indexOf('\n---', 3);
      if (close >= 0) return text.slice(0, close) + text.slice(close + 4);
    }
    return (r[0] < 0.5 ? '---\ntermsheet: 1\ntitle: [unclosed\n' : '---\ntermsheet: 1\n') + text;
  },
  spliceOtherSeed(text, r) {
    const other = pick(SEEDS, r[0]).text;
    const start = at(other, r[1]);
    const piece = other.slice(start, start + 1 + Math.floor(r[2] * 400));
    const i = at(text, r[1]);
    return text.slice(0, i) + piece + text.slice(i);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface Case {
  seed: string;
  format: Format;
  mutations: string[];
  text: string;
}

const unicodeExtra = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '\u0000',
    '\uD800',
    '\uDFFF',
    '\uFEFF',
    '\u200B',
    '\u202E',
    '\r',
    '\t',
    '\u00A0',
    '\uFFFD',
    '😀',
    'e\u0301',
    '#',
    ':',
    '- ',
    '|',
    '*',
    '&',
    '!',
    '%',
    '@',
    '`',
  ),
);

const step = fc.tuple(
  fc.constantFrom(...MUTATION_NAMES),
  fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 3, maxLength: 3 }),
  unicodeExtra,
);

/** A seed document with 0–4 mutations applied, in the seed's format (or, sometimes, the other one). */
export const caseArbitrary: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(step, { minLength: 0, maxLength: 4 }), fc.integer({ min: 0, max: 9 }))
  .map(([seedIndex, steps, formatRoll]) => {
    const seed = SEEDS[seedIndex];
    let text = seed.text;
    for (const [name, r, extra] of steps) text = MUTATIONS[name](text, r, extra);
    const format: Format = formatRoll === 0 ? (seed.format === 'yaml' ? 'markdown' : 'yaml') : seed.format;
    return { seed: seed.name, format, mutations: steps.map(([name]) => name), text };
  });

/** Fully random text, for the parsers' corners the seeds never reach. */
export const randomCaseArbitrary: fc.Arbitrary<Case> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(...SNIPPETS),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', ': ', '- ', '  ', '# ', '| ', '---\n'),
      ),
      { maxLength: 40 },
    ),
    fc.constantFrom<Format>('yaml', 'markdown'),
  )
  .map(([parts, format]) => ({ seed: 'random', format, mutations: [], text: parts.join('') }));

// ---------------------------------------------------------------------------------------------
// Invariants.

/** Problems with a lint result, empty when it satisfies every invariant. */
export function checkFindings(text: string, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  const index = new LineIndex(text);
  const checkPosition = (what: string, position: Finding['range']['start']) => {
    if (!Number.isInteger(position.offset) || position.offset < 0 || position.offset > text.length) {
      problems.push(`${what} offset ${position.offset} outside [0, ${text.length}]`);
      return;
    }
    const expected = index.position(position.offset);
    if (expected.line !== position.line || expected.character !== position.character) {
      problems.push(`${what} ${position.line}:${position.character} does not match offset ${position.offset} (${expected.line}:${expected.character})`);
    }
  };
  findings.forEach((finding, i) => {
    const label = `finding ${i} (${finding.ruleId})`;
    if (typeof finding.message !== 'string' || finding.message.trim() === '') problems.push(`${label}: empty message`);
    checkPosition(`${label} start`, finding.range.start);
    checkPosition(`${label} end`, finding.range.end);
    if (finding.range.start.offset > finding.range.end.offset) problems.push(`${label}: start after end`);
    for (const related of finding.related ?? []) {
      checkPosition(`${label} related start`, related.range.start);
      checkPosition(`${label} related end`, related.range.end);
    }
    for (const edit of finding.fix?.edits ?? []) {
      if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length))
        problems.push(`${label}: fix edit [${edit.start}, ${edit.end}] outside the document`);
    }
    const previous = findings[i - 1];
    if (previous && previous.range.start.offset > finding.range.start.offset) problems.push(`${label}: not sorted after finding ${i - 1}`);
  });
  return problems;
}

/** Lints and checks; an exception is reported as a problem too. */
export function lintProblems(text: string, format: Format): string[] {
  let result: LintResult;
  try {
    result = lint(text, format);
  } catch (error) {
    return [`lintText threw: ${error instanceof Error ? error.stack : String(error)}`];
  }
  return checkFindings(text, result.findings);
}

/** YAML `#` comments (from the lexer, so `#` inside strings does not count) or Markdown `<!-- -->` comments. */
export function commentsOf(text: string, format: Format): string[] {
  if (format === 'markdown') return [...text.matchAll(/<!--[^]*?-->/g)].map((match) => match[0]);
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) comments.push(token.trimEnd());
  return comments;
}

/** Whether every comment of `before` is still in `after` (as many times). */
export function lostComments(before: string[], after: string[]): string[] {
  const left = new Map<string, number>();
  for (const comment of after) left.set(comment, (left.get(comment) ?? 0) + 1);
  const lost: string[] = [];
  for (const comment of before) {
    const count = left.get(comment) ?? 0;
    if (count === 0) lost.push(comment);
    else left.set(comment, count - 1);
  }
  return lost;
}

export const hasSyntaxFinding = (findings: readonly Finding[]) => findings.some((finding) => finding.ruleId === 'syntax');

const keyOf = (finding: Finding) => `${finding.ruleId}\u0000${finding.message}`;

function countKeys(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(keyOf(finding), (counts.get(keyOf(finding)) ?? 0) + 1);
  return counts;
}

/**
 * Problems with the fixes offered on a document: each fix, applied alone, must leave a document
 * that parses, keeps every comment and no longer has that finding; `fixAll` must be idempotent.
 * Only documents that parse are checked (a broken one has no fixes but its syntax finding's).
 */
export function fixProblems(text: string, format: Format, maxFixes = Infinity): string[] {
  const problems: string[] = [];
  try {
    const { findings } = lint(text, format);
    if (hasSyntaxFinding(findings)) return [];
    const comments = commentsOf(text, format);
    const before = countKeys(findings);
    for (const finding of findings.filter((f) => f.fix).slice(0, maxFixes)) {
      const label = `fix "${finding.fix?.title}" for ${finding.ruleId} (${finding.message})`;
      const fixed = applyFixes(text, [finding.fix!]).text;
      const after = lint(fixed, format).findings;
      if (hasSyntaxFinding(after)) problems.push(`${label}: the fixed document no longer parses: ${after.find((f) => f.ruleId === 'syntax')?.message}`);
      const lost = lostComments(comments, commentsOf(fixed, format));
      if (lost.length > 0) problems.push(`${label}: lost comments ${JSON.stringify(lost)}`);
      if ((countKeys(after).get(keyOf(finding)) ?? 0) >= (before.get(keyOf(finding)) ?? 0)) problems.push(`${label}: the finding is still there`);
    }
    const options = { rules: RULES, fileName: fileNameFor(format) };
    const once = fixAll(text, options);
    if (!hasSyntaxFinding(once.findings)) {
      const lost = lostComments(comments, commentsOf(once.text, format));
      if (lost.length > 0) problems.push(`fixAll lost comments ${JSON.stringify(lost)}`);
    } else problems.push(`fixAll produced a document that does not parse: ${once.findings.find((f) => f.ruleId === 'syntax')?.message}`);
    const twice = fixAll(once.text, options);
    if (twice.text !== once.text) problems.push('fixAll is not idempotent: a second run changed the text');
  } catch (error) {
    problems.push(`threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
  return problems;
}
