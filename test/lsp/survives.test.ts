/**
 * The server survives: the real server over stdio takes hundreds of rapid incremental edits on
 * several documents, closes and reopens, malformed and unknown requests, requests for documents it
 * never saw and config changes mid-stream, and afterwards still answers, with diagnostics equal to a
 * fresh lint of each document's final text. A document on which the engine throws gets one
 * internal-error diagnostic while the others are served as usual.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { readConfigText, type Config } from '../../server/src/engine';
import { RULES } from '../../rules';
import { FAILING_ENGINE_SERVER, FAILURE_MARKER } from './failing-engine-server';
import { LspTestClient } from './lsp-client';
import { engineFindings, fromDiagnostic, fromFinding, readExample } from './support';

const FILE_CREATED = 1;
const FILE_CHANGED = 2;
const FILE_DELETED = 3;

/** A fixed-seed generator (mulberry32): the same edits on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What people type, half-typed: keys cut short, tabs, CRLF, list and table starts, stray markup. */
const TYPED = [
  'licen',
  'license:\n  terr',
  'territory: [JP, ',
  '\t',
  '\r\n',
  '\n',
  ': ',
  '- ',
  '  ',
  '**Lic',
  '| Upfront | USD 5',
  'fto:',
  'upfront: USD 1',
  'royalties:\n    - rate: 5',
  '<!-- termsheet-disable-next-line fto-missing -- ',
  '# termsheet-disable placeholder',
  '[TBD]',
  '€',
  '😀',
  'e\u0301',
  '---\n',
  '"',
  '{',
  '&a ',
  '*a',
];

let root: string;
const clients: LspTestClient[] = [];

before(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-survives-')));
});

after(() => {
  for (const client of clients) client.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A server with a fresh folder of its own as the workspace, so that no config file of another test applies. */
async function start(folderName: string, serverPath?: string): Promise<{ client: LspTestClient; folder: string }> {
  const folder = path.join(root, folderName);
  fs.mkdirSync(folder);
  const client = LspTestClient.stdio(serverPath);
  clients.push(client);
  const uri = pathToFileURL(folder).href;
  await client.initialize({ debounceMs: 10 }, {}, { workspaceFolders: [{ uri, name: folderName }], rootUri: uri });
  return { client, folder };
}

/** The client's copy of an open document, kept in step with every change sent. */
interface Mirror {
  uri: string;
  fileName: string;
  languageId: string;
  document: TextDocument;
  open: boolean;
}

/** One random edit: an insertion, a deletion or a replacement, as ranges on the current text. */
function randomChange(document: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const text = document.getText();
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  const length = roll < 0.5 ? 0 : Math.min(text.length - at, 1 + Math.floor(next() * 20));
  const inserted = roll < 0.8 ? TYPED[Math.floor(next() * TYPED.length)] : '';
  return { range: { start: document.positionAt(at), end: document.positionAt(at + length) }, text: inserted };
}

describe('the server survives a hostile session', () => {
  test('rapid edits, reopening, malformed requests and config changes; then it answers and agrees with a fresh lint', async () => {
    const { client, folder } = await start('session');
    const next = random(20261125);
    const configFile = path.join(folder, '.termsheetrc.yaml');
    const configUri = pathToFileURL(configFile).href;
    const mirrors: Mirror[] = [
      ['a.termsheet.yaml', 'yaml', readExample('pitfalls.termsheet.yaml')],
      ['b.termsheet.md', 'markdown', readExample('pitfalls.termsheet.md')],
      ['c.termsheet.yaml', 'yaml', readExample('outline.termsheet.yaml')],
      ['d.termsheet.md', 'markdown', readExample('complete.termsheet.md')],
    ].map(([fileName, languageId, text]) => {
      const uri = pathToFileURL(path.join(folder, fileName)).href;
      return { uri, fileName, languageId, document: TextDocument.create(uri, languageId, 1, text), open: false };
    });
    for (const mirror of mirrors) {
      await client.open(mirror.uri, mirror.document.getText(), mirror.languageId);
      mirror.open = true;
    }

    const sendEdits = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const open = mirrors.filter((mirror) => mirror.open);
        const mirror = open[Math.floor(next() * open.length)];
        // Sometimes several changes in one notification, applied in order as LSP says.
        const changes: TextDocumentContentChangeEvent[] = [];
        // A scratch copy: TextDocument.update changes the document it is given.
        const scratch = TextDocument.create(mirror.uri, mirror.languageId, mirror.document.version, mirror.document.getText());
        for (let k = next() < 0.2 ? 3 : 1; k > 0; k--) {
          const change = randomChange(scratch, next);
          changes.push(change);
          TextDocument.update(scratch, [change], scratch.version + 1);
        }
        const version = await client.change(mirror.uri, changes);
        mirror.document = TextDocument.update(mirror.document, changes, version);
      }
    };

    const numbersUri = pathToFileURL(path.join(folder, 'numbers.termsheet.yaml')).href;
    const malformed = async () => {
      const known = mirrors[0].uri;
      const nowhere = pathToFileURL(path.join(folder, 'never-opened.termsheet.yaml')).href;
      const requests: Array<Promise<unknown>> = [
        client.connection.sendRequest('textDocument/hover', null),
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 42 }, position: 'top' }),
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri: known }, position: { line: -5, character: 1e9 } }),
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri: nowhere }, position: { line: 0, character: 0 } }),
        client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: known }, range: 'all', context: null }),
        client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: known },
          range: { start: { line: 1e6, character: 0 }, end: { line: -1, character: -1 } },
          context: { diagnostics: [{ bogus: true }] },
        }),
        client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: nowhere },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          context: { diagnostics: [] },
        }),
        client.connection.sendRequest('termsheet/noSuchRequest', { anything: [1, 2, 3] }),
        client.connection.sendRequest('termsheet/rules', { uri: 12 }),
        client.connection.sendRequest('termsheet/dealSummary', 'not an object'),
        client.connection.sendRequest('workspace/executeCommand', { command: 'termsheet.server.noSuchCommand', arguments: [null] }),
        client.connection.sendRequest('textDocument/completion', { textDocument: { uri: known }, position: { line: 0, character: 0 } }),
      ];
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: nowhere, version: 7 }, contentChanges: [{ text: 'x' }] });
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: known }, contentChanges: 'not a list' });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: nowhere } });
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: nowhere } });
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: numbersUri, languageId: 'yaml', version: 1, text: 42 } });
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'everything' });
      await client.connection.sendNotification('termsheet/noSuchNotification', { x: 1 });
      await client.connection.sendNotification('$/cancelRequest', { id: 'no such request' });
      // Each one is answered, with a result or an error; none is left hanging.
      const noAnswer = () => new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 10_000).unref());
      const settled = await Promise.allSettled(requests.map((request) => Promise.race([request, noAnswer()])));
      for (const outcome of settled) {
        if (outcome.status === 'rejected') assert.notEqual((outcome.reason as Error).message, 'no answer');
      }
      const unknown = settled[7];
      assert.equal(unknown.status, 'rejected', 'an unknown method is an error response');
      // A document opened with a number for its text cannot be linted: it says so, once, on that document.
      const numbers = await client.waitForDiagnostics(numbersUri);
      assert.deepEqual(
        numbers.diagnostics.map((diagnostic) => diagnostic.code),
        ['internal-error'],
      );
    };

    await sendEdits(120);
    // Close and reopen one document mid-stream, with the text it had.
    const reopened = mirrors[2];
    await client.close(reopened.uri);
    reopened.open = false;
    await sendEdits(40);
    reopened.document = TextDocument.create(reopened.uri, reopened.languageId, 1, reopened.document.getText());
    await client.open(reopened.uri, reopened.document.getText(), reopened.languageId);
    reopened.open = true;

    await malformed();
    await sendEdits(60);

    // Config mid-stream: created, made garbage, edited in the editor, deleted, created again.
    fs.writeFileSync(configFile, 'rules:\n  fto-missing: error\n');
    await client.changeWatchedFiles([{ uri: configUri, type: FILE_CREATED }]);
    await sendEdits(40);
    for (const garbage of [
      42,
      null,
      [],
      'termsheet',
      { termsheet: 42 },
      { termsheet: { enable: 'yes', rules: 'all', configFile: 12 } },
      { termsheet: { rules: { 'fto-missing': { severity: ['x'] }, 'no-such-rule': 'loud' } } },
    ]) {
      await client.changeConfiguration(garbage);
    }
    await sendEdits(40);
    fs.writeFileSync(configFile, 'rules: [fto-missing\n\u0000\u0001 garbage: {{{\n');
    await client.changeWatchedFiles([{ uri: configUri, type: FILE_CHANGED }]);
    await sendEdits(40);
    await client.open(configUri, fs.readFileSync(configFile, 'utf8'));
    for (const text of [
      'rules:\n  fto-missing: [',
      'extends: .termsheetrc.yaml\ncustom:\n  - id: acme/redos\n    given: title\n    check: {pattern: "(a+)+$"}\n',
      '\u0000',
    ]) {
      await client.change(configUri, text);
    }
    await client.close(configUri);
    fs.rmSync(configFile);
    await client.changeWatchedFiles([{ uri: configUri, type: FILE_DELETED }]);
    await sendEdits(40);

    // The final state: a config with findings of its own, and editor settings over it.
    const finalConfig = 'rules:\n  fto-missing: error\n  placeholder-left: off\n  no-such-rule: error\n';
    fs.writeFileSync(configFile, finalConfig);
    await client.changeWatchedFiles([{ uri: configUri, type: FILE_CREATED }]);
    const settingsRules = { 'upfront-share-low': 'off' as const, 'termination-missing': 'hint' as const };
    await client.changeConfiguration({ termsheet: { enable: true, rules: settingsRules } });
    await sendEdits(120);

    // Every document's current version gets its diagnostics.
    for (const mirror of mirrors) {
      assert.equal(client.version(mirror.uri), mirror.document.version);
      await client.diagnosticsForCurrentVersion(mirror.uri, 30_000);
    }
    // It still answers: on every document, and with a description of a finding on a sheet it has not seen yet.
    for (const mirror of mirrors) {
      const [diagnostic] = client.latest(mirror.uri)?.diagnostics ?? [];
      const hover = await client.hover(mirror.uri, diagnostic?.range.start ?? { line: 0, character: 0 });
      assert.ok(diagnostic === undefined || hover !== null, `${mirror.fileName}: a hover over a finding describes it`);
    }
    const freshUri = pathToFileURL(path.join(folder, 'fresh.termsheet.yaml')).href;
    await client.open(freshUri, readExample('outline.termsheet.yaml'));
    const [freshFinding] = await client.diagnosticsForCurrentVersion(freshUri);
    assert.ok(freshFinding);
    const hover = await client.hover(freshUri, freshFinding.range.start);
    assert.ok(hover && JSON.stringify(hover.contents).includes(String(freshFinding.code)), 'the hover names the rule');
    await client.close(freshUri);

    // Its last word on each document is what the engine says about the final text. A settings change
    // lints every open sheet again after the debounce, so an earlier word on the same version may come
    // first: the test waits for this one, and a server that never says it fails on the comparison.
    const reading = readConfigText(finalConfig, RULES);
    assert.equal(reading.findings.length, 1, 'the final config has its one finding, the rest applies');
    const config: Config = { ...reading.config, rules: { ...reading.config.rules, ...settingsRules } };
    for (const mirror of mirrors) {
      const expected = engineFindings(mirror.document.getText(), mirror.fileName, config).map(fromFinding);
      const isFinal = (params: PublishDiagnosticsParams) =>
        params.version === mirror.document.version && isDeepStrictEqual(params.diagnostics.map(fromDiagnostic), expected);
      await client.waitForDiagnostics(mirror.uri, isFinal, 30_000).catch(() => undefined);
      const published = client.latest(mirror.uri);
      assert.ok(published, mirror.fileName);
      assert.equal(published.version, mirror.document.version, `${mirror.fileName}: the last diagnostics are for the last version`);
      assert.deepEqual(published.diagnostics.map(fromDiagnostic), expected, mirror.fileName);
    }
    assert.ok(client.alive, `the server process is alive (stderr: ${client.stderr.slice(-2000)})`);
    assert.doesNotThrow(() => process.kill(client.child.pid!, 0));
    assert.doesNotMatch(client.stderr, /FATAL|Uncaught|heap out of memory/);
    await client.shutdown();
    assert.equal(client.exitCode, 0, 'and it still shuts down cleanly');
  });
});

describe('an engine failure on one document', () => {
  test('is logged, becomes one internal-error diagnostic on that document, and the others are still served', async () => {
    const { client, folder } = await start('failure', FAILING_ENGINE_SERVER);
    const sheet = readExample('pitfalls.termsheet.yaml');
    const failingUri = pathToFileURL(path.join(folder, 'failing.termsheet.yaml')).href;
    const others = [
      { uri: pathToFileURL(path.join(folder, 'fine.termsheet.yaml')).href, fileName: 'fine.termsheet.yaml', text: sheet, languageId: 'yaml' },
      {
        uri: pathToFileURL(path.join(folder, 'fine.termsheet.md')).href,
        fileName: 'fine.termsheet.md',
        text: readExample('pitfalls.termsheet.md'),
        languageId: 'markdown',
      },
    ];
    await client.open(others[0].uri, others[0].text);
    await client.open(failingUri, `${FAILURE_MARKER}: yes\n${sheet}`);
    await client.open(others[1].uri, others[1].text, 'markdown');

    const failed = await client.diagnosticsForCurrentVersion(failingUri);
    assert.equal(failed.length, 1);
    assert.equal(failed[0].code, 'internal-error');
    assert.equal(failed[0].severity, 1);
    assert.deepEqual(failed[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: `${FAILURE_MARKER}: yes`.length } });
    assert.match(fromDiagnostic(failed[0]).message, /^termsheet-lint could not check this file: /);
    const logged = client.logMessages.filter((message) => message.type === 1 && message.message.includes(failingUri));
    assert.ok(logged.length > 0, 'the failure is in the server log');
    assert.match(logged[0].message, /Cannot read properties of undefined/);

    for (const other of others) {
      const diagnostics = await client.diagnosticsForCurrentVersion(other.uri);
      assert.deepEqual(diagnostics.map(fromDiagnostic), engineFindings(other.text, other.fileName).map(fromFinding), other.fileName);
    }
    // Requests on the failing document answer instead of failing again; the others keep working.
    assert.ok(client.alive);
    await client.hover(failingUri, { line: 0, character: 1 });
    const edited = `${others[0].text}\nnotes: edited after the failure\n`;
    await client.change(others[0].uri, edited);
    assert.deepEqual(
      (await client.diagnosticsForCurrentVersion(others[0].uri)).map(fromDiagnostic),
      engineFindings(edited, others[0].fileName).map(fromFinding),
    );

    // Once the marker is gone, the document is linted as usual again.
    await client.change(failingUri, sheet);
    const recovered = await client.diagnosticsForCurrentVersion(failingUri);
    assert.deepEqual(recovered.map(fromDiagnostic), engineFindings(sheet, 'failing.termsheet.yaml').map(fromFinding));
    assert.ok(client.alive);
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });
});
