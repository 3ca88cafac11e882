/**
 * b. Keystroke to diagnostics in the real server: the bundled server over stdio, a `didChange` of
 * one character in a 300-line sheet, timed until the `publishDiagnostics` of that version. The
 * debounce is set to 0 through initializationOptions, so what is timed is the work (the lint and
 * the round trip); the default debounce, which an editor adds before it, is reported beside it and
 * measured end to end on a few edits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DEBOUNCE_MS } from '../server/src/lsp/settings';
import { LspTestClient } from '../test/lsp/lsp-client';
import { ms, now, quantile, type Row } from './measure';
import { lintText } from '../server/src/engine';
import { RULES } from '../rules';
import { markdownDraftOfLines, markdownSheetOfLines, sheetOfLines } from './sheets';

export const SERVER_BUNDLE = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface KeystrokeOptions {
  lines: number;
  edits: number;
  /** Edits timed with the default debounce, end to end. */
  debouncedEdits: number;
}

const WORK_MEDIAN_TARGET_MS = 10;
const WORK_P95_TARGET_MS = 50;

export async function keystrokeRows(options: KeystrokeOptions): Promise<Row[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'termsheet-bench-keystroke-'));
  try {
    const rows: Row[] = [];
    const draft = markdownDraftOfLines(options.lines);
    const draftFindings = lintText(draft, { rules: RULES, fileName: 'draft.termsheet.md' }).findings;
    if (!draftFindings.some((finding) => finding.fix || finding.suggestions))
      throw new Error('the Markdown draft should have findings with fixes or suggestions');
    for (const { format, name, text, languageId } of [
      { format: 'Markdown', name: 'bench.termsheet.md', text: markdownSheetOfLines(options.lines), languageId: 'markdown' },
      // A sheet being drafted: its findings have fixes and suggestions, which the server writes only when asked for them.
      { format: `Markdown draft (${draftFindings.length} findings)`, name: 'draft.termsheet.md', text: draft, languageId: 'markdown' },
      { format: 'YAML', name: 'bench.termsheet.yaml', text: sheetOfLines(options.lines), languageId: 'yaml' },
    ]) {
      const uri = pathToFileURL(path.join(folder, name)).href;
      const work = await editTimes(uri, text, languageId, 0, options.edits);
      const median = quantile(work, 0.5);
      const p95 = quantile(work, 0.95);
      const lines = text.split('\n').length;
      rows.push(
        {
          name: `b. ${format} keystroke, ${lines} lines, debounce 0`,
          ours: `median ${ms(median)}`,
          reference: `over ${work.length} edits`,
          result: ms(median),
          target: `≤ ${WORK_MEDIAN_TARGET_MS} ms`,
          met: median <= WORK_MEDIAN_TARGET_MS,
        },
        {
          name: `b. ${format} keystroke, ${lines} lines, debounce 0`,
          ours: `p95 ${ms(p95)}`,
          reference: `over ${work.length} edits`,
          result: ms(p95),
          target: `≤ ${WORK_P95_TARGET_MS} ms`,
          met: p95 <= WORK_P95_TARGET_MS,
        },
      );
      if (format === 'Markdown') {
        const debounced = await editTimes(uri, text, languageId, undefined, options.debouncedEdits);
        rows.push({
          name: `b. ${format} keystroke, default debounce`,
          ours: `median ${ms(quantile(debounced, 0.5))}`,
          reference: `over ${debounced.length} edits`,
          result: `debounce ${DEFAULT_DEBOUNCE_MS} ms + work`,
          target: '(reported)',
        });
      }
    }
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Milliseconds from each one-character change to the diagnostics of its version, in a fresh server
 * (`debounceMs` undefined: the server's default). The edits type a character into the title and
 * delete it again, so every version lints the same way.
 */
async function editTimes(uri: string, text: string, languageId: string, debounceMs: number | undefined, edits: number): Promise<number[]> {
  const client = LspTestClient.stdio(SERVER_BUNDLE);
  try {
    await client.initialize(debounceMs === undefined ? {} : { debounceMs });
    await client.open(uri, text, languageId);
    await client.diagnosticsForCurrentVersion(uri);
    // Into the title, after its first word: `# Exclusive ...` in Markdown, `title: Exclusive ...` in YAML.
    const all = text.split('\n');
    const line = all.findIndex((source) => /^(?:# |title: )/.test(source));
    const character = all[line].indexOf(' ') + 1;
    const samples: number[] = [];
    for (let i = 0; i < edits; i++) {
      const typed = i % 2 === 0;
      const range = { start: { line, character }, end: { line, character: typed ? character : character + 1 } };
      const started = now();
      const version = await client.change(uri, [{ range, text: typed ? 'x' : '' }]);
      await client.waitForDiagnostics(uri, (params) => params.version === version);
      samples.push(now() - started);
    }
    return samples;
  } finally {
    await client.shutdown().catch(() => client.kill());
  }
}
