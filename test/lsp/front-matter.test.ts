import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspTestClient } from './lsp-client';

const DRAFT = '---\ntermsheet: 1\n---\n\n# Licence\n\n**Field of use:** [TBD]\n';

describe('Markdown term sheets known by their front matter', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize({ debounceMs: 10 });
  });

  after(() => client.stop());

  test('a notes.md with `termsheet:` front matter is linted; without it, it is dropped again', async () => {
    const uri = 'file:///tmp/fm/notes.md';
    await client.open(uri, DRAFT, 'markdown');
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'placeholder-left'));

    await client.change(uri, '# Licence\n\n**Field of use:** [TBD]\n');
    const cleared = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('a Markdown file without such front matter gets nothing', async () => {
    const plain = 'file:///tmp/fm/readme.md';
    await client.open(plain, '# Readme\n\n[TBD]\n', 'markdown');
    // The server answers in order: once the next sheet's diagnostics arrive, none came for the plain file.
    const sheet = 'file:///tmp/fm/deal.termsheet.md';
    await client.open(sheet, DRAFT, 'markdown');
    await client.diagnosticsForCurrentVersion(sheet);
    assert.equal(client.latest(plain), undefined);
  });
});
