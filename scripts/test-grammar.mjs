// Runs the highlighting tests in test/grammar/ with vscode-tmgrammar-test: the injection grammar
// from package.json on top of the YAML, Markdown and HTML TextMate grammars (the Markdown one is
// the grammar VS Code ships) from the tm-grammars package.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** Base grammar file in tm-grammars → the scope it provides. */
const BASE_GRAMMARS = {
  'yaml.json': 'source.yaml',
  'markdown.json': 'text.html.markdown',
  'html-derivative.json': 'text.html.derivative',
  'html.json': 'text.html.basic',
};

const paths = [];
try {
  for (const file of Object.keys(BASE_GRAMMARS)) paths.push(require.resolve(`tm-grammars/grammars/${file}`));
} catch {
  console.error('test:grammar: the YAML and Markdown base grammars are missing; add the dev dependency tm-grammars.');
  process.exit(1);
}

const runner = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const args = [runner, ...paths.flatMap((path) => ['-g', path]), 'test/grammar/*.termsheet.*'];
const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });

// The Markdown grammar embeds some 60 languages for fenced code blocks; the tests need none of
// them, so their "grammar not found" warnings are dropped. Any other message is passed through.
const needed = new Set(Object.values(BASE_GRAMMARS));
let pending = '';
child.stderr.setEncoding('utf8').on('data', (chunk) => {
  const lines = (pending + chunk).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const missing = /^grammar not found for "([^"]+)"$/.exec(line);
    if (!missing || needed.has(missing[1])) process.stderr.write(line + '\n');
  }
});
child.on('close', (code, signal) => {
  if (pending) process.stderr.write(pending + '\n');
  process.exit(code ?? (signal ? 1 : 0));
});
