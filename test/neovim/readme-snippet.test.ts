// The Neovim and Emacs tests (neovim.e2e.ts, test/emacs/emacs.e2e.ts) run the setups the README prints,
// read from it by test/support/readme-setup.ts. These checks need neither editor: that reading, the
// README's install command putting `termsheet-language-server` on PATH, and the README saying what CI
// (.ci/run) installs and runs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { REPO_ROOT } from '../lsp/support';
import { EDITORS_SECTION, installServerAsReadmeSays, readmeBlock, sectionCodeBlocks } from '../support/readme-setup';

describe('reading code blocks out of a README section', () => {
  const markdown = [
    '# Title',
    '```sh',
    'outside the section',
    '```',
    '## Editors',
    '```sh',
    '# a shell comment, not a heading',
    'npm install -g .',
    '```',
    '### A subsection belongs to it',
    '~~~lua',
    "print('hi')",
    '~~~',
    '## Next',
    '```sh',
    'after the section',
    '```',
    '',
  ].join('\n');

  test('takes the blocks from the heading to the next heading of its level, with their language', () => {
    assert.deepEqual(sectionCodeBlocks(markdown, 'Editors'), [
      { lang: 'sh', code: '# a shell comment, not a heading\nnpm install -g .\n' },
      { lang: 'lua', code: "print('hi')\n" },
    ]);
  });

  test('a missing section is an error that names it', () => {
    assert.throws(() => sectionCodeBlocks(markdown, 'Emacs'), /no section headed "Emacs"/);
  });
});

describe("the README's editor setups", () => {
  for (const lang of ['sh', 'lua', 'elisp']) {
    test(`"${EDITORS_SECTION}" holds one \`\`\`${lang} block`, () => {
      assert.ok(readmeBlock(EDITORS_SECTION, lang).trim().length > 0);
    });
  }

  test("its install command puts termsheet-language-server on PATH from npm's global prefix, and the server answers there", { timeout: 60_000 }, async () => {
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-install-'));
    try {
      const bin = installServerAsReadmeSays(prefix);
      assert.equal(bin, path.join(prefix, 'bin'));
      assert.equal(fs.realpathSync(path.join(bin, 'termsheet-language-server')), fs.realpathSync(path.join(REPO_ROOT, 'dist/server.js')));

      // Found on PATH and run through the installed link and the bundle's shebang, as an editor runs it.
      const server = spawn('termsheet-language-server', ['--stdio'], { env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
      const exited = new Promise<number | null>((resolve, reject) => {
        server.on('exit', (code) => resolve(code));
        server.on('error', reject);
      });
      const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
      connection.listen();
      try {
        // An exit before the answer (or a failed spawn) fails the race instead of leaving it waiting.
        const initialize = connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
        const result = await Promise.race([initialize, exited.then((code) => assert.fail(`the server exited (${code}) before answering initialize`))]);
        assert.equal(result.serverInfo?.name, 'termsheet-lint');
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        assert.equal(await exited, 0);
      } finally {
        connection.dispose();
        server.kill();
      }
    } finally {
      fs.rmSync(prefix, { recursive: true, force: true });
    }
  });
});

describe('the README on what .ci/run runs', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const ciRun = fs.readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8');
  // The list item of "Tests in real editors" that starts with `.ci/run`, joined onto one line.
  const item = /^- `\.ci\/run`.*(?:\n {2}.*)*/m.exec(readme)?.[0].replace(/\s+/g, ' ') ?? '';
  const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]).sort();

  test('names the editor tests it runs, and only those', () => {
    assert.ok(item, 'README.md has a list item starting with `.ci/run`');
    assert.deepEqual(names(item, /`npm run ([\w:-]+)`/g), names(ciRun, /^npm run (test:[\w-]+)$/gm));
  });

  test('names the Debian packages it installs', () => {
    const packages = (text: string) => /apt-get install (?:-\S+ )*([a-z0-9.+ -]+)/.exec(text)?.[1].trim().split(/\s+/).sort();
    assert.deepEqual(packages(item), packages(ciRun));
  });
});
