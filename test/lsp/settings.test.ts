import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { LspTestClient } from './lsp-client';
import { INVALID_YAML } from './support';

const clients: LspTestClient[] = [];

after(() => {
  for (const client of clients) client.kill();
});

async function start(initializationOptions: Record<string, unknown>): Promise<LspTestClient> {
  const client = LspTestClient.stdio();
  clients.push(client);
  await client.initialize(initializationOptions);
  return client;
}

describe('rule settings', () => {
  test('workspace/didChangeConfiguration turning a rule off re-lints open documents', async () => {
    const client = await start({ debounceMs: 10 });
    const uri = 'file:///tmp/x/deal.termsheet.yaml';
    await client.open(uri, INVALID_YAML);
    const before = await client.diagnosticsForCurrentVersion(uri);
    assert.deepEqual(
      before.map((diagnostic) => diagnostic.code),
      ['syntax'],
    );

    await client.changeConfiguration({ termsheet: { rules: { syntax: 'off' } } });
    const after = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
    assert.equal(after.version, 1);

    // And back on: the finding returns without any edit to the document.
    await client.changeConfiguration({ termsheet: { rules: {} } });
    const restored = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    assert.equal(restored.diagnostics[0].code, 'syntax');
  });

  test('termsheet.enable: false clears every diagnostic and stops linting; true brings them back', async () => {
    const client = await start({ debounceMs: 10 });
    const uri = 'file:///tmp/x/enabled.termsheet.yaml';
    await client.open(uri, INVALID_YAML);
    assert.equal((await client.diagnosticsForCurrentVersion(uri)).length, 1);

    await client.changeConfiguration({ termsheet: { enable: false } });
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
    assert.equal(await client.hover(uri, { line: 2, character: 0 }), null);

    await client.changeConfiguration({ termsheet: { enable: true } });
    const restored = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    assert.equal(restored.diagnostics[0].code, 'syntax');
  });

  test('initializationOptions.rules sets severities from the start', async () => {
    const client = await start({ debounceMs: 10, rules: { syntax: { severity: 'warning' } } });
    const uri = 'file:///tmp/x/warned.termsheet.yaml';
    await client.open(uri, INVALID_YAML);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
      [['syntax', 2]],
    );
  });

  test('settings for other tools, or malformed ones, change nothing and break nothing', async () => {
    const client = await start({ debounceMs: 10, rules: 'not a map' });
    const uri = 'file:///tmp/x/unchanged.termsheet.yaml';
    await client.open(uri, INVALID_YAML);
    await client.diagnosticsForCurrentVersion(uri);
    await client.changeConfiguration({ yaml: { validate: false } });
    await client.changeConfiguration({ termsheet: { rules: { syntax: 42, unknown: 'error' } } });
    await client.changeConfiguration(null);
    // A hover is answered after the notifications before it, and re-linting has no cause to drop the finding.
    assert.ok(await client.hover(uri, { line: 2, character: 0 }));
    const diagnostics = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    assert.equal(diagnostics.diagnostics[0].code, 'syntax');
    assert.ok(client.alive);
  });
});
