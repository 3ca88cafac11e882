import type { Range as LspRange, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { blanksOf, visitScalars, type Directive, type Sheet } from '../engine';
import { findMoney } from '../engine/values/find-in-prose';
import { findRedactions } from '../engine/values/placeholders';

/**
 * What the editor colours in a term sheet, found by the readers the linter uses, so that what stands out
 * is what the linter reads: the blanks placeholder-left reports, redactions, amounts with a currency, and
 * the lint directives with their rule ids. Keys, comments and anything else the model does not hold as a
 * value are left alone, as the linter leaves them.
 */
export const TOKEN_TYPES = ['placeholder', 'redaction', 'money', 'lintDirective', 'lintRuleId'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

/** One coloured stretch of the sheet's text, by offsets. */
export interface SheetToken {
  start: number;
  end: number;
  type: TokenType;
}

/** Kinds listed first win where two marks overlap: `$[50,000]` is a blank, not an amount. */
const PRECEDENCE: Record<TokenType, number> = { lintDirective: 0, lintRuleId: 0, placeholder: 1, redaction: 2, money: 3 };

/** Tokens of the sheets asked about: a model is read again only when the text changed, and its tokens with it. */
const cache = new WeakMap<Sheet, readonly SheetToken[]>();

/** The marks of a sheet, by offset, none overlapping. */
export function sheetTokens(sheet: Sheet): readonly SheetToken[] {
  let tokens = cache.get(sheet);
  if (!tokens) {
    tokens = withoutOverlaps([...valueTokens(sheet), ...sheet.directives.flatMap((directive) => directiveTokens(sheet.text, directive))]);
    cache.set(sheet, tokens);
  }
  return tokens;
}

function valueTokens(sheet: Sheet): SheetToken[] {
  const tokens: SheetToken[] = [];
  visitScalars(sheet.root, (node) => {
    if (typeof node.value !== 'string') return;
    const start = node.range.start.offset;
    const source = sheet.text.slice(start, node.range.end.offset);
    // The blanks as placeholder-left ranges them (a blank the source spells otherwise is ranged on the whole value).
    for (const blank of blanksOf(node, sheet.text)) tokens.push({ start: blank.range.start.offset, end: blank.range.end.offset, type: 'placeholder' });
    for (const redaction of findRedactions(source)) tokens.push({ start: start + redaction.start, end: start + redaction.end, type: 'redaction' });
    for (const money of findMoney(source)) tokens.push({ start: start + money.start, end: start + money.end, type: 'money' });
  });
  return tokens;
}

/** The directive's name and each rule id it names, in its comment: `# termsheet-disable fto-missing -- reason`. */
function directiveTokens(text: string, directive: Directive): SheetToken[] {
  const commentStart = directive.range.start.offset;
  const comment = text.slice(commentStart, directive.range.end.offset);
  const name = `termsheet-${directive.kind}`;
  const nameAt = comment.indexOf(name);
  if (nameAt < 0) return [];
  const tokens: SheetToken[] = [{ start: commentStart + nameAt, end: commentStart + nameAt + name.length, type: 'lintDirective' }];
  let from = nameAt + name.length;
  for (const id of directive.ruleIds) {
    const at = comment.indexOf(id, from);
    if (at < 0) break;
    tokens.push({ start: commentStart + at, end: commentStart + at + id.length, type: 'lintRuleId' });
    from = at + id.length;
  }
  return tokens;
}

/** Sorted by offset; of two overlapping marks the one of the kind listed first in PRECEDENCE is kept. */
function withoutOverlaps(tokens: SheetToken[]): SheetToken[] {
  tokens.sort((a, b) => PRECEDENCE[a.type] - PRECEDENCE[b.type] || a.start - b.start);
  // Kept sorted and apart, so only the neighbours of a token's place can overlap it.
  const kept: SheetToken[] = [];
  for (const token of tokens) {
    if (token.end <= token.start) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (kept[mid].start < token.start) low = mid + 1;
      else high = mid;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if ((before && before.end > token.start) || (after && after.start < token.end)) continue;
    kept.splice(low, 0, token);
  }
  return kept;
}

/**
 * The tokens in the protocol's relative encoding, one line each (a blank or an amount may run over a
 * line break in a paragraph, and not every editor takes tokens that do); only those on the lines of `range` when given.
 */
export function encodeTokens(sheet: Sheet, tokens: readonly SheetToken[], range?: LspRange): SemanticTokens {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const token of tokens) {
    for (const piece of linePieces(sheet, token)) {
      if (range && (piece.line < range.start.line || piece.line > range.end.line)) continue;
      const deltaLine = piece.line - previousLine;
      data.push(deltaLine, deltaLine === 0 ? piece.character - previousCharacter : piece.character, piece.length, TOKEN_TYPES.indexOf(token.type), 0);
      previousLine = piece.line;
      previousCharacter = piece.character;
    }
  }
  return { data };
}

function linePieces(sheet: Sheet, token: SheetToken): { line: number; character: number; length: number }[] {
  const pieces = [];
  for (let start = token.start; start < token.end;) {
    const lineBreak = sheet.text.indexOf('\n', start);
    const end = lineBreak < 0 || lineBreak >= token.end ? token.end : lineBreak;
    const { line, character } = sheet.lines.position(start);
    // A carriage return before the line break is not part of the text shown.
    const length = end - start - (sheet.text.charCodeAt(end - 1) === 13 /* \r */ && end === lineBreak ? 1 : 0);
    if (length > 0) pieces.push({ line, character, length });
    start = end + 1;
  }
  return pieces;
}
