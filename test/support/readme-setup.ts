// The editor setups as the README prints them, read from README.md when the tests run, so that the
// Neovim and Emacs tests run exactly what a reader copies and nothing can drift from it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../lsp/support';

/** The README section that holds the setups for editors other than VS Code. */
export const EDITORS_SECTION = 'Neovim, Emacs and other editors';

export interface CodeBlock {
  lang: string;
  code: string;
}

const FENCE = /^(`{3,}|~{3,})\s*([\w-]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * The fenced code blocks of the section of `markdown` headed `heading`, up to the next heading of the
 * same or a higher level. Lines inside a block (a `# comment` in a shell block) are never headings.
 */
export function sectionCodeBlocks(markdown: string, heading: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let level = 0; // of the section's heading, once found; 0 before it
  let open: { fence: string; lang: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      if (line.trimEnd() === open.fence) {
        if (level) blocks.push({ lang: open.lang, code: open.lines.map((text) => text + '\n').join('') });
        open = undefined;
      } else open.lines.push(line);
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      open = { fence: fence[1], lang: fence[2], lines: [] };
      continue;
    }
    const title = HEADING.exec(line);
    if (!title) continue;
    if (level && title[1].length <= level) break;
    if (!level && title[2] === heading) level = title[1].length;
  }
  if (!level) throw new Error(`README.md has no section headed "${heading}"`);
  return blocks;
}

/** The one ```lang block of the README's section `heading`; an error naming both when it has none or several. */
export function readmeBlock(heading: string, lang: string): string {
  const markdown = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = sectionCodeBlocks(markdown, heading).filter((block) => block.lang === lang);
  if (blocks.length !== 1) throw new Error(`README.md's "${heading}" section has ${blocks.length} \`\`\`${lang} blocks; expected one`);
  return blocks[0].code;
}

/**
 * Runs the README's install command (its ```sh block among the editor setups) as a reader would, from
 * the checkout, but with npm's global prefix moved into `prefix` so that nothing outside it changes.
 * Returns the folder that install put `termsheet-language-server` in, for PATH.
 */
export function installServerAsReadmeSays(prefix: string): string {
  const install = readmeBlock(EDITORS_SECTION, 'sh');
  const run = spawnSync('sh', ['-e', '-c', install], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // A link to the checkout needs nothing from the registry: offline, and no update check.
    env: { ...process.env, npm_config_prefix: prefix, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
  });
  const bin = path.join(prefix, 'bin');
  const server = path.join(bin, 'termsheet-language-server');
  if (run.error || run.status !== 0 || !fs.existsSync(server)) {
    throw new Error(`the README's install (${install.trim()}) put no ${server} (exit ${run.status}): ${run.error ?? ''}\n${run.stdout}\n${run.stderr}`);
  }
  return bin;
}
