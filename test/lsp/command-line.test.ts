// The server's executable run by hand: a person who forgets the transport gets the usage, not a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './support';

const SERVER = path.join(REPO_ROOT, 'dist/server.js');

function runServer(args: string[]) {
  return spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', input: '', timeout: 20_000 });
}

test('without a transport the server says how to start it and exits with 2', () => {
  const result = runServer([]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^termsheet-language-server: no transport given\n/);
  assert.match(result.stderr, /--stdio/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

test('--help prints the usage and exits with 0', () => {
  const result = runServer(['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Usage: termsheet-language-server --stdio/);
});
