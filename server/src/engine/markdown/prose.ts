import { isWhitespace } from '../text';
import { findMarks } from '../values/placeholders';
import type { Span } from './blocks';

/**
 * Text helpers over source spans: trimming a span to its content, and the plain text a reader
 * sees once inline Markdown (emphasis, code, links, escapes) is taken away.
 */

const WRAPPERS = ['***', '**', '__', '*', '_', '`'];

/**
 * A span without surrounding blanks, without a comment at its end, and without emphasis or code markers that wrap all of it: the
 * span itself when it has none (most table cells come trimmed), so a result is never to be changed in place.
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  for (let guard = 0; guard < 8; guard++) {
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    // A comment is never a value: one closing the span ("Worldwide <!-- a note -->") is not read with it.
    if (text.charCodeAt(end - 1) === 62 /* > */ && text.startsWith('-->', end - 3)) {
      const open = text.lastIndexOf('<!--', end - 3);
      if (open >= start) {
        end = open;
        continue;
      }
    }
    // Every wrapper starts with one of these: most spans have none, and skip the search.
    const first = text.charCodeAt(start);
    if (first !== 42 /* * */ && first !== 95 /* _ */ && first !== 96 /* ` */) break;
    // "______" is a blank to fill in, not emphasis around "__".
    if (/^[_*]+$/.test(text.slice(start, end))) break;
    const wrapper = WRAPPERS.find((w) => end - start > 2 * w.length && text.startsWith(w, start) && text.slice(end - w.length, end) === w);
    if (!wrapper) break;
    start += wrapper.length;
    end -= wrapper.length;
  }
  return start === span.start && end === span.end ? span : { start, end };
}

// Anything plainText would change: markup, escapes, tabs, runs of spaces.
const MARKUP = /[<[*_`\\\t]| {2}/;

/** The readable text of Markdown source: "**USD 20M** ([details](x))" → "USD 20M (details)". */
export function plainText(source: string): string {
  if (!MARKUP.test(source)) return source.trim();
  // Blanks and redactions are kept as written: "$[___]" is not emphasis, "[***]" not bold.
  const marks = findMarks(source);
  let text = source;
  for (let i = marks.length - 1; i >= 0; i--) text = text.slice(0, marks[i].start) + `${KEPT_OPEN}${i}${KEPT_CLOSE}` + text.slice(marks[i].end);
  const plain = withoutMarkup(text);
  return marks.length === 0 ? plain : plain.replace(KEPT, (_, index: string) => marks[Number(index)].text);
}

/** Private-use characters around the index of a kept mark while the markup around it is taken away. */
const KEPT_OPEN = '\uE000';
const KEPT_CLOSE = '\uE001';
const KEPT = /\uE000(\d+)\uE001/g;

function withoutMarkup(source: string): string {
  return source
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/(\*\*\*|\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g, '$1')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Spans joined into one plain text, one line of prose after another. */
export function plainOf(text: string, spans: readonly Span[]): string {
  if (spans.length === 1) return plainText(text.slice(spans[0].start, spans[0].end));
  return spans
    .map((span) => plainText(text.slice(span.start, span.end)))
    .filter((part) => part !== '')
    .join(' ');
}

/** The smallest span covering all of them. */
export function cover(spans: readonly Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  let start = spans[0].start;
  let end = spans[0].end;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}

// A dot that ends an abbreviation is part of the name ("Co., Ltd.", "K.K.").
const ABBREVIATION = /(?:\b(?:ltd|inc|co|corp|llc|llp|plc|etc|jr|sr|no|vs|bros)|\b\p{L}\.\p{L})\.$/iu;

/** A value of one sentence reads without its full stop ("None." is "None"), as YAML would write it. */
export function withoutFullStop(text: string, source: string, span: Span): { text: string; span: Span } {
  if (!/[^.]\.$/.test(text) || /[.!?]\s/.test(text.slice(0, -1)) || ABBREVIATION.test(text)) return { text, span };
  const end = source[span.end - 1] === '.' ? span.end - 1 : span.end;
  return { text: text.slice(0, -1), span: { start: span.start, end } };
}
