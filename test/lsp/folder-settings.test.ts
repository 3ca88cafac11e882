import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, ConfigurationItem } from 'vscode-languageserver-protocol';
import { SERVER_COMMANDS, type LintWorkspaceResult } from '../../server/src/lsp/protocol';
import { LspTestClient } from './lsp-client';
import { INVALID_YAML, writeFile } from './support';

const clients: LspTestClient[] = [];
let root: string;

before(() => {
  // realpath: the server sees the paths the URIs name, and os.tmpdir() may be a symbolic link.
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-folder-settings-')));
});

after(() => {
  for (const client of clients) client.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

const uriOf = (file: string) => pathToFileURL(file).href;

/** A client that can be asked for settings, as VS Code's is. */
const PULL_CAPABILITIES: ClientCapabilities = { workspace: { configuration: true, workspaceFolders: true } };

/**
 * Plays VS Code's settings for a multi-root workspace: each workspace folder's `.vscode/settings.json`
 * applies to the documents under it, and only while it is a workspace folder; anything else gets the
 * workspace's settings.
 */
class WorkspaceSettings {
  readonly folders = new Map<string, Record<string, unknown>>();
  workspace: Record<string, unknown> = {};

  answer(item: ConfigurationItem): unknown {
    if (item.section !== 'termsheet') return null;
    const folder = [...this.folders.keys()].find((uri) => item.scopeUri === uri || item.scopeUri?.startsWith(`${uri}/`));
    return { ...this.workspace, ...(folder ? this.folders.get(folder) : {}) };
  }
}

async function start(folders: string[], settings: WorkspaceSettings, capabilities = PULL_CAPABILITIES): Promise<LspTestClient> {
  const client = LspTestClient.stdio();
  clients.push(client);
  client.configurationAnswer = (item) => settings.answer(item);
  const workspaceFolders = folders.map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) }));
  await client.initialize({ debounceMs: 10 }, capabilities, { workspaceFolders, rootUri: workspaceFolders[0]?.uri ?? null });
  return client;
}

const codes = (params: { diagnostics: { code?: unknown }[] }) => params.diagnostics.map((diagnostic) => diagnostic.code);

/** Resolves with the next diagnostics published for `uri`, after those already received. */
function nextDiagnostics(client: LspTestClient, uri: string) {
  const seen = client.published.get(uri)?.length ?? 0;
  return client.waitForDiagnostics(uri, () => (client.published.get(uri)?.length ?? 0) > seen);
}

describe('settings per workspace folder', () => {
  test('each folder’s sheets are linted with the settings the client gives for their URI', async () => {
    const [a, b, c] = ['alpha', 'beta', 'gamma'].map((name) => path.join(root, 'each', name));
    const settings = new WorkspaceSettings();
    settings.folders.set(uriOf(a), { rules: { syntax: 'off' } });
    // Window-scoped settings come from the workspace, whatever a folder's answer says.
    settings.folders.set(uriOf(b), { run: 'onSave' });
    settings.folders.set(uriOf(c), { enable: false });
    const client = await start([a, b, c], settings);
    const [sheetA, sheetB, sheetC] = [a, b, c].map((folder) => uriOf(path.join(folder, 'deal.termsheet.yaml')));
    for (const uri of [sheetA, sheetB, sheetC]) await client.open(uri, INVALID_YAML);

    assert.deepEqual(codes(await client.waitForDiagnostics(sheetA)), []);
    assert.deepEqual(codes(await client.waitForDiagnostics(sheetB)), ['syntax']);
    // Answered once the folder's settings are known: linting is off there, so it is no term sheet of this server.
    assert.equal(await client.hover(sheetC, { line: 1, character: 3 }), null);
    assert.equal(client.published.get(sheetC), undefined, 'nothing is published where linting is off');

    const asked = client.configurationRequests.flatMap((request) => request.items);
    for (const uri of [sheetA, sheetB, sheetC]) {
      assert.ok(
        asked.some((item) => item.scopeUri === uri && item.section === 'termsheet'),
        `settings asked for ${uri}: ${JSON.stringify(asked)}`,
      );
    }

    // `run` is window-scoped: the workspace's onType holds in folder B too, so an edit is linted before any save.
    await client.change(sheetB, `# edited\n${INVALID_YAML}`);
    assert.deepEqual(codes({ diagnostics: await client.diagnosticsForCurrentVersion(sheetB) }), ['syntax']);
  });

  test('a settings change in one folder re-lints its sheets with the new settings, the others keep theirs', async () => {
    const [a, b] = ['alpha', 'beta'].map((name) => path.join(root, 'change', name));
    const settings = new WorkspaceSettings();
    settings.folders.set(uriOf(a), { rules: { syntax: 'off' } });
    const client = await start([a, b], settings);
    const [sheetA, sheetB] = [a, b].map((folder) => uriOf(path.join(folder, 'deal.termsheet.yaml')));
    await client.open(sheetA, INVALID_YAML);
    await client.open(sheetB, INVALID_YAML);
    assert.deepEqual(codes(await client.waitForDiagnostics(sheetA)), []);
    assert.deepEqual(codes(await client.waitForDiagnostics(sheetB)), ['syntax']);

    // The pull model: the client says something changed, the server asks again.
    settings.folders.set(uriOf(a), { rules: { syntax: 'warning' } });
    const relintedA = nextDiagnostics(client, sheetA);
    await client.changeConfiguration(null);
    assert.deepEqual(
      (await relintedA).diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
      [['syntax', 2]],
    );
    assert.deepEqual(codes(client.latest(sheetB)!), ['syntax']);

    // VS Code's client also pushes the workspace's section: a folder's own settings still win over it.
    settings.folders.set(uriOf(a), { rules: { syntax: 'off' } });
    const pushedA = nextDiagnostics(client, sheetA);
    await client.changeConfiguration({ termsheet: { rules: { syntax: 'error' } } });
    assert.deepEqual(codes(await pushedA), []);
  });

  test('a document moved into a new workspace folder by a folder change gets that folder’s settings', async () => {
    const a = path.join(root, 'move', 'alpha');
    const added = path.join(root, 'move', 'added');
    const settings = new WorkspaceSettings();
    const client = await start([a], settings);
    const sheet = uriOf(path.join(added, 'deal.termsheet.yaml'));
    await client.open(sheet, INVALID_YAML);
    assert.deepEqual(codes(await client.waitForDiagnostics(sheet)), ['syntax']);

    settings.folders.set(uriOf(added), { rules: { syntax: 'off' } });
    const relinted = client.waitForDiagnostics(sheet, (params) => params.diagnostics.length === 0);
    await client.changeWorkspaceFolders({ added: [{ uri: uriOf(added), name: 'added' }], removed: [] });
    await relinted;
  });

  test('Lint Workspace lints each folder with its settings, and skips the folders where linting is off', async () => {
    const [a, b, c] = ['alpha', 'beta', 'gamma'].map((name) => path.join(root, 'workspace', name));
    const files = [a, b, c].map((folder) => writeFile(path.join(folder, 'deal.termsheet.yaml'), INVALID_YAML));
    const settings = new WorkspaceSettings();
    settings.folders.set(uriOf(a), { rules: { syntax: 'hint' } });
    settings.folders.set(uriOf(c), { enable: false });
    const client = await start([a, b, c], settings);
    const result = await client.executeCommand<LintWorkspaceResult>(SERVER_COMMANDS.lintWorkspace);
    assert.deepEqual(result, { files: 2, errors: 1, warnings: 0, cancelled: false });
    assert.deepEqual(
      client.latest(uriOf(files[0]))!.diagnostics.map((diagnostic) => diagnostic.severity),
      [4],
    );
    assert.deepEqual(codes(client.latest(uriOf(files[1]))!), ['syntax']);
    assert.equal(client.published.get(uriOf(files[2])), undefined);
  });

  test('a client that cannot be asked is never asked: its initialization options hold everywhere', async () => {
    const [a, b] = ['alpha', 'beta'].map((name) => path.join(root, 'push', name));
    const settings = new WorkspaceSettings();
    settings.folders.set(uriOf(a), { rules: { syntax: 'off' } });
    const client = await start([a, b], settings, { workspace: { workspaceFolders: true } });
    const sheetA = uriOf(path.join(a, 'deal.termsheet.yaml'));
    await client.open(sheetA, INVALID_YAML);
    assert.deepEqual(codes(await client.waitForDiagnostics(sheetA)), ['syntax']);
    assert.equal(client.configurationRequests.length, 0);
  });

  test('folders’ settings told at the start: sheets in them and outside them are linted without asking', async () => {
    const [a, b] = ['alpha', 'beta'].map((name) => path.join(root, 'told', name));
    const settings = new WorkspaceSettings();
    settings.folders.set(uriOf(a), { rules: { syntax: 'hint' } });
    settings.workspace = { rules: { syntax: 'warning' } };
    const client = LspTestClient.stdio();
    clients.push(client);
    client.configurationAnswer = (item) => settings.answer(item);
    const workspaceFolders = [a, b].map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) }));
    // As VS Code's client tells them: each folder's settings by its URI, the workspace's at the top.
    const folderSettings = Object.fromEntries(workspaceFolders.map(({ uri }) => [uri, settings.answer({ scopeUri: uri, section: 'termsheet' })]));
    await client.initialize({ debounceMs: 10, ...settings.workspace, folderSettings }, PULL_CAPABILITIES, {
      workspaceFolders,
      rootUri: workspaceFolders[0].uri,
    });

    const [sheetA, secondA, sheetB] = [
      path.join(a, 'deal.termsheet.yaml'),
      path.join(a, 'more', 'two.termsheet.yaml'),
      path.join(b, 'deal.termsheet.yaml'),
    ].map(uriOf);
    const outside = uriOf(path.join(root, 'told', 'loose.termsheet.yaml'));
    const severities = (params: { diagnostics: { severity?: number }[] }) => params.diagnostics.map((diagnostic) => diagnostic.severity);
    for (const uri of [sheetA, secondA, sheetB, outside]) await client.open(uri, INVALID_YAML);
    assert.deepEqual(severities(await client.waitForDiagnostics(sheetA)), [4], 'folder A’s own severity');
    assert.deepEqual(severities(await client.waitForDiagnostics(secondA)), [4]);
    assert.deepEqual(severities(await client.waitForDiagnostics(sheetB)), [2], 'the workspace’s severity in folder B');
    assert.deepEqual(severities(await client.waitForDiagnostics(outside)), [2], 'the workspace’s severity outside every folder');
    assert.equal(client.configurationRequests.length, 0, 'nothing asked');

    // A change is still asked for, folder by folder, and a folder's own answer still wins.
    settings.folders.set(uriOf(a), { rules: { syntax: 'off' } });
    const relintedA = client.waitForDiagnostics(sheetA, (params) => params.diagnostics.length === 0);
    await client.changeConfiguration({ termsheet: settings.workspace });
    await relintedA;
    assert.deepEqual(severities(client.latest(sheetB)!), [2]);
    const asked = client.configurationRequests.flatMap((request) => request.items.map((item) => item.scopeUri));
    assert.ok(!asked.includes(outside), `a document outside every folder is not asked about: ${JSON.stringify(asked)}`);
  });
});
