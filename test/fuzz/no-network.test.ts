/**
 * Confidential by default: the CLI and the language server, run on the examples with every
 * outbound connection attempt recorded (`no-network.cjs`, preloaded with `node --require`), make none.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { LspTestClient } from '../lsp/lsp-client';

const ROOT = join(__dirname, '..', '..', '..');
const PRELOAD = join(ROOT, 'test', 'fuzz', 'no-network.cjs');
const EXAMPLES = join(ROOT, 'examples');

function attempts(log: string): unknown[] {
  return existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
}

function withLog(run: (log: string, env: NodeJS.ProcessEnv) => void | Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-network-'));
    const log = join(dir, 'attempts.jsonl');
    try {
      await run(log, { ...process.env, NO_NETWORK_LOG: log, NODE_OPTIONS: `--require ${JSON.stringify(PRELOAD)}` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test(
  'the detector itself records a connection attempt to a host',
  withLog((log, env) => {
    spawnSync(process.execPath, ['-e', "require('node:net').connect(9, '127.0.0.1').on('error', () => {}); fetch('http://127.0.0.1:9/').catch(() => {})"], {
      env,
      timeout: 10_000,
    });
    const apis = attempts(log).map((attempt) => (attempt as { api: string }).api);
    assert.ok(apis.includes('net.connect'), JSON.stringify(apis));
    assert.ok(apis.includes('fetch'), JSON.stringify(apis));
  }),
);

test(
  'the CLI on the examples makes no network connection',
  withLog((log, env) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), EXAMPLES], { env, encoding: 'utf8', timeout: 30_000 });
    assert.equal(result.error, undefined);
    assert.ok(result.stdout.length > 0, 'the CLI printed its findings');
    assert.deepEqual(attempts(log), []);
  }),
);

test(
  'the language server over stdio makes no network connection',
  withLog(async (log, env) => {
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, NO_NETWORK_LOG: process.env.NO_NETWORK_LOG };
    Object.assign(process.env, { NODE_OPTIONS: env.NODE_OPTIONS, NO_NETWORK_LOG: env.NO_NETWORK_LOG });
    let client: LspTestClient;
    try {
      client = LspTestClient.stdio(join(ROOT, 'dist', 'server.js'));
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    try {
      await client.initialize();
      const file = join(EXAMPLES, 'pitfalls.termsheet.yaml');
      const uri = pathToFileURL(file).href;
      await client.open(uri, readFileSync(file, 'utf8'));
      const diagnostics = await client.diagnosticsForCurrentVersion(uri);
      assert.ok(diagnostics.length > 0);
      await client.shutdown();
    } finally {
      client.kill();
    }
    assert.deepEqual(attempts(log), []);
  }),
);
