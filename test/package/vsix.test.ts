import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TEMPLATES } from '../../client/src/templates';
import { RULES } from '../../rules';

/** The repository root, from out/test/package/. */
const ROOT = path.resolve(__dirname, '../../..');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('vsix contents', () => {
  // `vsce ls` applies the same selection as `vsce package` without writing a zip.
  const listing = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const files = listing.stdout.split('\n').map((line) => line.trim()).filter(Boolean);

  test('vsce ls succeeds', () => {
    assert.equal(listing.status, 0, listing.stderr);
  });

  test('ships the three bundles and the manifest', () => {
    for (const file of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      assert.ok(files.includes(file), `${file} in ${JSON.stringify(files)}`);
    }
  });

  // Hovers link to the rule pages, so every page written in the source tree must ship.
  const pagesOnDisk = fs
    .readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, 'rules', entry.name, 'README.md')))
    .map((entry) => `rules/${entry.name}/README.md`)
    .sort();

  test('ships every rule page', () => {
    assert.deepEqual(
      files.filter((file) => /^rules\//.test(file)).sort(),
      pagesOnDisk,
    );
  });

  test('ships the page of every built-in rule, and the grammar', () => {
    for (const rule of RULES) assert.ok(files.includes(`rules/${rule.meta.id}/README.md`), rule.meta.id);
    assert.ok(files.includes('syntaxes/termsheet.injection.tmLanguage.json'));
  });

  test('ships the New Term Sheet templates', () => {
    for (const template of TEMPLATES) assert.ok(files.includes(template.file), template.file);
  });

  test('ships no sources, tests, build output or dependencies', () => {
    const forbidden = /^(node_modules|test|out|server\/src|client\/src|scripts|bench|\.ci|examples)\/|\.map$|\.ts$/;
    assert.deepEqual(
      files.filter((file) => forbidden.test(file)),
      [],
    );
  });
});

describe('bins', () => {
  for (const bin of ['dist/cli.js', 'dist/server.js']) {
    test(`${bin} is an executable node script`, () => {
      const file = path.join(ROOT, bin);
      assert.ok(fs.readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n'));
      assert.ok((fs.statSync(file).mode & 0o111) !== 0, 'executable bit');
    });
  }

  test('termsheet-lint --version prints the package version', () => {
    // Run through the shebang, as npm's bin link does.
    const run = spawnSync(path.join(ROOT, 'dist/cli.js'), ['--version'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${version}\n`);
  });

  test('the CLI bundle does not carry the LSP stack', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8');
    assert.doesNotMatch(bundle, /vscode-languageserver|vscode-jsonrpc/);
  });

  test('termsheet-language-server --stdio answers initialize', { timeout: 30_000 }, async () => {
    const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = new LspPipe(server.stdout);
    let stderr = '';
    server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const send = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
    };
    try {
      send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } });
      const response = (await connection.response(1)) as { result?: { capabilities?: Record<string, unknown> } };
      assert.equal(typeof response.result?.capabilities, 'object', JSON.stringify(response));
      assert.ok(response.result?.capabilities?.textDocumentSync !== undefined, 'the server syncs documents');

      send({ method: 'initialized', params: {} });
      send({ id: 2, method: 'shutdown' });
      await connection.response(2);
      send({ method: 'exit' });
      assert.equal(await exited, 0, stderr);
    } finally {
      server.kill();
    }
  });
});

/** Reads Content-Length framed JSON-RPC messages and waits for the response to one request id. */
class LspPipe {
  private buffer = Buffer.alloc(0);
  private readonly messages: { id?: unknown }[] = [];
  private wake: (() => void) | undefined;

  constructor(stream: NodeJS.ReadableStream) {
    stream.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.parse();
      this.wake?.();
    });
  }

  async response(id: number): Promise<unknown> {
    for (;;) {
      const found = this.messages.find((message) => message.id === id);
      if (found) return found;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private parse(): void {
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      this.messages.push(JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')));
      this.buffer = this.buffer.subarray(start + length);
    }
  }
}
