import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { LspTestClient } from './lsp-client';
import { INVALID_YAML } from './support';

let client: LspTestClient | undefined;

after(() => client?.kill());

test('over --node-ipc the server initializes and reports a syntax error', async () => {
  client = LspTestClient.nodeIpc();
  const result = await client.initialize();
  assert.equal(result.serverInfo?.name, 'termsheet-lint');
  assert.ok(result.capabilities.hoverProvider);

  const uri = 'file:///tmp/x/deal.termsheet.yaml';
  await client.open(uri, INVALID_YAML);
  const diagnostics = await client.diagnosticsForCurrentVersion(uri);
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.source]),
    [['syntax', 'termsheet']],
  );
  await client.shutdown();
  assert.equal(client.exitCode, 0);
});
