/**
 * Nesting deeper than this is refused before the YAML parser sees it. Term sheets nest fewer than
 * ten levels. yaml 2.x recurses once per level and overflows the stack at about 800; after one such
 * overflow a later parse can abort the whole Node process (a fatal V8 error, not a catchable
 * exception), which would take the server down for every open document.
 */
export const MAX_NESTING = 200;

/**
 * The offset where the text first nests deeper than `MAX_NESTING`, or undefined. A deliberate
 * over-estimate that needs no parse: open flow brackets, plus each line's indentation columns and
 * leading block indicators (`- `, `? `, `: `). Comments are skipped; quoting is not tracked, since
 * only hundreds of unbalanced brackets could mislead it.
 */
export function excessiveNesting(text: string, limit = MAX_NESTING): number | undefined {
  let flow = 0;
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (lineStart) {
      block = 0;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t')) {
        block++;
        i++;
      }
      // Compact nesting such as `- - - x` or `? ? x` on one line.
      while (i < text.length && '-?:'.includes(text[i]) && (i + 1 === text.length || ' \t\r\n'.includes(text[i + 1]))) {
        block++;
        i++;
        while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
      }
      lineStart = false;
      if (flow + block > limit) return i;
      if (i >= text.length) break;
      i--;
      continue;
    }
    if (code === 10 /* \n */) {
      lineStart = true;
    } else if (code === 35 /* # */ && (i === 0 || ' \t\n'.includes(text[i - 1]))) {
      const next = text.indexOf('\n', i);
      if (next < 0) break;
      i = next - 1;
    } else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++flow + block > limit) return i;
    } else if (code === 93 /* ] */ || code === 125 /* } */) {
      if (flow > 0) flow--;
    }
  }
  return undefined;
}
