/**
 * d. Server memory with many open documents: the bundled server over stdio, 300-line sheets opened
 * (half Markdown, half YAML, each a little different) until every one has its diagnostics; then
 * the server process's resident set size, as the system reports it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../test/lsp/lsp-client';
import { SERVER_BUNDLE } from './keystroke';
import { megabytes, type Row } from './measure';
import { markdownSheetOfLines, sheetOfLines } from './sheets';

export interface MemoryOptions {
  documents: number;
  lines: number;
}

const RSS_TARGET_MB = 150;

export async function memoryRows(options: MemoryOptions): Promise<Row[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'termsheet-bench-memory-'));
  const client = LspTestClient.stdio(SERVER_BUNDLE);
  try {
    await client.initialize({ debounceMs: 0 });
    const markdown = markdownSheetOfLines(options.lines);
    const yaml = sheetOfLines(options.lines);
    const uris: string[] = [];
    for (let i = 0; i < options.documents; i++) {
      const isMarkdown = i % 2 === 0;
      const uri = pathToFileURL(path.join(folder, `deal-${i}.termsheet.${isMarkdown ? 'md' : 'yaml'}`)).href;
      // Each its own text, as open documents are.
      const text = (isMarkdown ? markdown : yaml).replace(/HX-204/g, `HX-${204 + i}`);
      await client.open(uri, text, isMarkdown ? 'markdown' : 'yaml');
      uris.push(uri);
    }
    for (const uri of uris) await client.diagnosticsForCurrentVersion(uri);
    const { rss, peak } = residentKilobytes(client.child.pid!);
    return [
      {
        name: `d. server, ${options.documents} open documents (${options.lines} lines)`,
        ours: `RSS ${megabytes(rss)}`,
        reference: `peak ${megabytes(peak)}`,
        result: megabytes(rss),
        target: `< ${RSS_TARGET_MB} MB`,
        met: rss / 1024 < RSS_TARGET_MB,
      },
    ];
  } finally {
    await client.shutdown().catch(() => client.kill());
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The process's resident set size and its peak, in kB: from /proc where there is one, else the current size from ps. */
function residentKilobytes(pid: number): { rss: number; peak: number } {
  const file = `/proc/${pid}/status`;
  if (existsSync(file)) {
    const status = readFileSync(file, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  }
  return { rss: Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()), peak: NaN };
}
