// VS Code's client sends `workspace/didChangeConfiguration` right after the first `didOpen`, with the
// settings the server already has: an open must still publish once. Each test counts the
// publications, with a hover (which lints again first when the findings are stale, and publishes
// them) as the barrier that makes any pending re-lint show before the count is read.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { ClientCapabilities, ConfigurationItem } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lsp-client';
import { readExample } from './support';

const clients: LspTestClient[] = [];

after(() => {
  for (const client of clients) client.kill();
});

const URI = 'file:///tmp/publish-once/pitfalls.termsheet.yaml';
const TEXT = readExample('pitfalls.termsheet.yaml');
/** A finding of the example, and its severity as shipped (error) and as the changed setting makes it (warning). */
const RULE = 'deal-value-mismatch';
const ERROR = 1;
const WARNING = 2;
const SETTINGS = { enable: true, run: 'onType', files: [], rules: {}, configFile: '' };
const WARNING_SETTINGS = { ...SETTINGS, rules: { [RULE]: 'warning' } };

/** A client that can be asked for settings, as VS Code's is. */
const PULL_CAPABILITIES: ClientCapabilities = { workspace: { configuration: true } };

const publications = (client: LspTestClient) => client.published.get(URI)?.length ?? 0;
const severityOf = (client: LspTestClient) => client.latest(URI)?.diagnostics.find((diagnostic) => diagnostic.code === RULE)?.severity;

/** Any re-lint still pending is done and published (a hover lints stale findings first), then the hover is answered. */
async function barrier(client: LspTestClient): Promise<void> {
  await client.hover(URI, { line: 0, character: 0 });
}

describe('one publishDiagnostics per open', () => {
  test('settings pushed unchanged after the open do not lint again; a changed severity does, once', async () => {
    const client = LspTestClient.stdio();
    clients.push(client);
    await client.initialize({ debounceMs: 10, ...SETTINGS });
    await client.open(URI, TEXT);
    await client.diagnosticsForCurrentVersion(URI);
    assert.equal(severityOf(client), ERROR);

    await client.changeConfiguration({ termsheet: SETTINGS });
    await barrier(client);
    assert.equal(publications(client), 1, 'the unchanged settings published nothing');

    await client.changeConfiguration({ termsheet: WARNING_SETTINGS });
    await client.waitForDiagnostics(URI, () => severityOf(client) === WARNING);
    await barrier(client);
    assert.equal(publications(client), 2, 'the changed severity published once');
  });

  test('the outline asked for while the open’s settings are asked for (as VS Code does): one publication, one question before the lint', async () => {
    const client = LspTestClient.stdio();
    clients.push(client);
    client.configurationAnswer = (item: ConfigurationItem) => (item.section === 'termsheet' ? SETTINGS : null);
    const folder = 'file:///tmp/publish-once';
    await client.initialize(
      { debounceMs: 10, ...SETTINGS },
      { workspace: { configuration: true, workspaceFolders: true } },
      { workspaceFolders: [{ uri: folder, name: 'publish-once' }] },
    );
    // VS Code's client sends these together: the open, the settings pushed at its start, the outline's request.
    const opened = client.open(URI, TEXT);
    const pushed = client.changeConfiguration({ termsheet: SETTINGS });
    const outline = client.documentSymbols(URI);
    await Promise.all([opened, pushed, outline]);
    await client.diagnosticsForCurrentVersion(URI);
    await barrier(client);
    assert.equal(publications(client), 1, 'the outline’s lint is the open’s: published once');
    // The open's question, then the refresh's for the pushed settings, which the outline waits for rather than asking a third time.
    assert.equal(client.configurationRequests.length, 2);
  });

  test('a client asked for settings per document (as VS Code is): the same answer does not lint again', async () => {
    // Linting on save re-lints at once when settings change, with no debounce to fold two changes into one lint.
    const onSave = { ...SETTINGS, run: 'onSave' };
    const client = LspTestClient.stdio();
    clients.push(client);
    let settings: Record<string, unknown> = onSave;
    let asked = () => {};
    client.configurationAnswer = (item: ConfigurationItem) => {
      asked();
      return item.section === 'termsheet' ? settings : null;
    };
    await client.initialize({ debounceMs: 10, ...onSave }, PULL_CAPABILITIES);
    await client.open(URI, TEXT);
    await client.diagnosticsForCurrentVersion(URI);

    // The server asks for the document's settings, and gets the same as before.
    const askedAgain = new Promise<void>((resolve) => (asked = resolve));
    await client.changeConfiguration({ termsheet: onSave });
    await askedAgain;
    settings = { ...onSave, rules: WARNING_SETTINGS.rules };
    await client.changeConfiguration({ termsheet: settings });
    await client.waitForDiagnostics(URI, () => severityOf(client) === WARNING);
    assert.deepEqual(
      client.published.get(URI)?.map((params) => params.diagnostics.find((diagnostic) => diagnostic.code === RULE)?.severity),
      [ERROR, WARNING],
      'one publication for the open, one for the changed severity',
    );
  });
});
