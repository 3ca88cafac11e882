import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { readSettingsSection } from '../../server/src/lsp/settings';
import { LspTestClient } from './lsp-client';
import { INVALID_YAML } from './support';

const VALID_YAML = 'termsheet: 1\ntitle: Draft\n';

const clients: LspTestClient[] = [];

after(() => {
  for (const client of clients) client.kill();
});

async function start(initializationOptions: Record<string, unknown>, folders: string[] = []): Promise<LspTestClient> {
  const client = LspTestClient.stdio();
  clients.push(client);
  await client.initialize(
    { debounceMs: 10, ...initializationOptions },
    {},
    {
      workspaceFolders: folders.map((uri) => ({ uri, name: uri.split('/').pop() ?? uri })),
    },
  );
  return client;
}

/** Versions published for `uri`, oldest first. */
function publishedVersions(client: LspTestClient, uri: string): (number | undefined)[] {
  return (client.published.get(uri) ?? []).map((params) => params.version);
}

/**
 * Resolves once the server has handled everything sent before: it handles messages in order and
 * answers a request only after the notifications before it, and whatever those handlers published
 * was written before the answer. Only a lint still waiting for its debounce can publish later.
 */
async function handled(client: LspTestClient, uri: string): Promise<void> {
  await client.hover(uri, { line: 0, character: 0 });
}

describe('termsheet.run', () => {
  test('onSave: lints on open, publishes nothing for an edit (even when a request needs its findings), lints on save', async () => {
    const client = await start({ run: 'onSave' });
    const uri = 'file:///tmp/run/deal.termsheet.yaml';
    await client.open(uri, VALID_YAML);
    assert.ok((await client.diagnosticsForCurrentVersion(uri)).every((diagnostic) => diagnostic.code !== 'syntax'));

    const edited = await client.change(uri, INVALID_YAML);
    // The change starts no lint; the hover needs its findings, and must not show them.
    await handled(client, uri);
    // Quick fixes are asked for on every cursor move; answering must not show the unsaved findings.
    await client.codeAction(uri, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, []);
    assert.deepEqual(publishedVersions(client, uri), [1]);

    await client.save(uri);
    const saved = await client.waitForDiagnostics(uri, (params) => params.version === edited);
    assert.deepEqual(
      saved.diagnostics.map((diagnostic) => diagnostic.code),
      ['syntax'],
    );
  });

  test('onType (the default) lints an edit without a save', async () => {
    const client = await start({});
    const uri = 'file:///tmp/run/typed.termsheet.yaml';
    await client.open(uri, VALID_YAML);
    await client.diagnosticsForCurrentVersion(uri);
    await client.change(uri, INVALID_YAML);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['syntax'],
    );
  });

  test('switching at runtime: onSave holds edits back, onType shows the current text at once', async () => {
    const client = await start({});
    const uri = 'file:///tmp/run/switched.termsheet.yaml';
    await client.open(uri, VALID_YAML);
    await client.diagnosticsForCurrentVersion(uri);

    // When to lint changes no finding: nothing is linted again for the switch itself.
    await client.changeConfiguration({ termsheet: { run: 'onSave' } });
    const edited = await client.change(uri, INVALID_YAML);
    await handled(client, uri);
    assert.deepEqual(publishedVersions(client, uri), [1]);

    await client.changeConfiguration({ termsheet: { run: 'onType' } });
    const shown = await client.waitForDiagnostics(uri, (params) => params.version === edited);
    assert.deepEqual(
      shown.diagnostics.map((diagnostic) => diagnostic.code),
      ['syntax'],
    );
  });
});

test('onSave: a settings change lints each sheet again as last shown, its unsaved edit still held back until the save', async () => {
  const client = await start({ run: 'onSave' });
  const uri = 'file:///tmp/run/held.termsheet.yaml';
  await client.open(uri, VALID_YAML);
  const opened = await client.diagnosticsForCurrentVersion(uri);
  assert.ok(
    opened.some((diagnostic) => diagnostic.code === 'fto-missing'),
    'the saved text has an fto-missing finding',
  );
  await client.change(uri, INVALID_YAML);

  await client.changeConfiguration({ termsheet: { run: 'onSave', rules: { 'fto-missing': 'off' } } });
  const relinted = await client.waitForDiagnostics(uri, (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'fto-missing'));
  assert.equal(relinted.version, 1, 'the version last shown, not the unsaved edit');
  assert.ok(!relinted.diagnostics.some((diagnostic) => diagnostic.code === 'syntax'), 'the unsaved broken text is not shown');

  await client.save(uri);
  const saved = await client.diagnosticsForCurrentVersion(uri);
  assert.deepEqual(
    saved.map((diagnostic) => diagnostic.code),
    ['syntax'],
  );
});

describe('termsheet.files', () => {
  test('a plain YAML file matching a glob is linted; another YAML file is not', async () => {
    const client = await start({ files: ['**/deal-*.yaml'] });
    const matching = 'file:///tmp/files/deal-x.yaml';
    const other = 'file:///tmp/files/notes.yaml';
    await client.open(matching, INVALID_YAML);
    await client.open(other, INVALID_YAML);
    const diagnostics = await client.diagnosticsForCurrentVersion(matching);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['syntax'],
    );
    assert.ok(await client.hover(matching, { line: 2, character: 0 }));

    await handled(client, other);
    assert.equal(client.published.get(other), undefined);
    assert.equal(await client.hover(other, { line: 2, character: 0 }), null);
  });

  test('a relative glob is taken from the workspace folder holding the file', async () => {
    const client = await start({ files: ['deals/*.yaml'] }, ['file:///tmp/ws']);
    const inside = 'file:///tmp/ws/deals/alpha.yaml';
    const elsewhere = 'file:///tmp/elsewhere/deals/alpha.yaml';
    await client.open(inside, INVALID_YAML);
    await client.open(elsewhere, INVALID_YAML);
    assert.equal((await client.diagnosticsForCurrentVersion(inside)).length, 1);
    await handled(client, elsewhere);
    assert.equal(client.published.get(elsewhere), undefined);
  });

  test('changing the setting at runtime lints newly matching files and clears those no longer matching', async () => {
    const client = await start({});
    const uri = 'file:///tmp/files/deal-y.yaml';
    await client.open(uri, INVALID_YAML);
    await handled(client, uri);
    assert.equal(client.published.get(uri), undefined);

    await client.changeConfiguration({ termsheet: { files: ['**/deal-*.yaml'] } });
    const linted = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    assert.equal(linted.diagnostics[0].code, 'syntax');

    await client.changeConfiguration({ termsheet: { files: [] } });
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
    assert.equal(await client.hover(uri, { line: 2, character: 0 }), null);
  });

  test('malformed values are ignored without harm', async () => {
    const client = await start({ files: 'deal-*.yaml', run: 42 });
    const uri = 'file:///tmp/files/deal-z.yaml';
    await client.open(uri, INVALID_YAML);
    await client.changeConfiguration({ termsheet: { files: [42, null, '', '!**/*.md', '**/[unclosed'], run: 'sometimes' } });
    await handled(client, uri);
    assert.equal(client.published.get(uri), undefined);
    assert.ok(client.alive);
  });
});

describe('reading the settings', () => {
  test('run defaults to onType; only onSave changes it', () => {
    assert.equal(readSettingsSection({}).run, 'onType');
    assert.equal(readSettingsSection({ run: 'onSave' }).run, 'onSave');
    assert.equal(readSettingsSection({ run: 'ONSAVE' }).run, 'onType');
  });

  test('files keeps trimmed, non-empty strings once each', () => {
    assert.deepEqual(readSettingsSection({ files: [' a/*.yaml ', 'a/*.yaml', '', 7, 'b/**'] }).files, ['a/*.yaml', 'b/**']);
    assert.deepEqual(readSettingsSection({ files: 'a/*.yaml' }).files, []);
    assert.deepEqual(readSettingsSection({ files: ['x'.repeat(5_000)] }).files, []);
  });
});
