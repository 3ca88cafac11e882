/**
 * The floor of section e's many-sheet row, run as a process of its own: reads every file of a folder
 * in path order and parses it with yaml's `parseDocument`, and nothing else.
 *
 *   node out/bench/parse-files.js <folder>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

if (require.main === module) {
  const folder = process.argv[2];
  for (const name of readdirSync(folder).sort()) parseDocument(readFileSync(join(folder, name), 'utf8'));
}
