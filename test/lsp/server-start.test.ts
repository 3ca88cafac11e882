// The bundled server's start: dist/server.js answers `initialize` with the protocol library alone
// (the answer written in at build time), and loads the linter (dist/server-main.js) on `initialized`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { initializeResult } from '../../server/src/lsp/language-server';
import { LspTestClient } from './lsp-client';
import { readExample, REPO_ROOT } from './support';

const DIST = path.join(REPO_ROOT, 'dist');
const clients: LspTestClient[] = [];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-server-start-'));
// The servers started here keep their code caches in the scratch folder, not the user's.
process.env.XDG_CACHE_HOME = path.join(scratch, 'cache');

after(() => {
  for (const client of clients) client.kill();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function start(serverPath: string): LspTestClient {
  const client = LspTestClient.stdio(serverPath);
  clients.push(client);
  return client;
}

/** Waits until the server has logged a message matching `pattern`; rejects when it exits first or after 10 s. */
async function logged(client: LspTestClient, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const message = client.logMessages.find((params) => pattern.test(params.message));
    if (message) return message.message;
    if (!client.alive || Date.now() > deadline)
      throw new Error(`no log message ${pattern}; logged: ${JSON.stringify(client.logMessages)}; stderr: ${client.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the bundled server’s start', () => {
  test('answers initialize as the linter would, and lints once initialized', async () => {
    const client = start(path.join(DIST, 'server.js'));
    const answer = await client.initialize();
    const expected = initializeResult();
    assert.deepEqual(answer.capabilities, expected.capabilities);
    assert.equal(answer.serverInfo?.name, expected.serverInfo?.name);
    const uri = 'file:///tmp/server-start/pitfalls.termsheet.yaml';
    await client.open(uri, readExample('pitfalls.termsheet.yaml'));
    assert.ok((await client.diagnosticsForCurrentVersion(uri)).length > 10, 'the example has findings');
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });

  test('--preload-linter: the linter loads before the server is asked anything', async () => {
    // The compiled server loads the linter through `require`, which NODE_DEBUG=module logs.
    const client = LspTestClient.stdio(undefined, ['--preload-linter'], { NODE_DEBUG: 'module' });
    clients.push(client);
    const loaded = /load "[^"]*language-server\.js"/;
    const deadline = Date.now() + 10_000;
    while (!loaded.test(client.stderr)) {
      assert.ok(client.alive && Date.now() < deadline, `the linter did not load before initialize; stderr: ${client.stderr.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.initialize();
    const uri = 'file:///tmp/server-start/preload.termsheet.yaml';
    await client.open(uri, readExample('pitfalls.termsheet.yaml'));
    assert.ok((await client.diagnosticsForCurrentVersion(uri)).length > 10, 'linted as usual');
  });

  test('initialize needs no linter: without dist/server-main.js it is answered, and the missing linter is logged, not thrown', async () => {
    const damaged = path.join(scratch, 'dist');
    fs.mkdirSync(damaged);
    for (const file of fs.readdirSync(DIST).filter((name) => name.startsWith('server') && name !== 'server-main.js')) {
      fs.copyFileSync(path.join(DIST, file), path.join(damaged, file));
    }
    const client = start(path.join(damaged, 'server.js'));
    const answer = await client.initialize();
    assert.ok(answer.capabilities.textDocumentSync !== undefined, 'the server syncs documents');
    assert.match(await logged(client, /could not load/), /^termsheet-lint: the language server could not load: /);
    assert.doesNotMatch(client.stderr, /\n\s+at /, 'no stack trace');
    assert.ok(client.alive, 'the server still answers shutdown');
    await client.shutdown();
  });
});
