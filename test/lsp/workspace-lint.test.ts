import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, ProgressToken, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { SERVER_COMMANDS, type LintWorkspaceResult } from '../../server/src/lsp/protocol';
import { LspTestClient } from './lsp-client';
import { engineFindings, readExample, writeFile } from './support';

const clients: LspTestClient[] = [];
let root: string;

before(() => {
  // realpath: the server sees the paths the URIs name, and os.tmpdir() may be a symbolic link.
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-workspace-')));
});

after(() => {
  for (const client of clients) client.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

const uriOf = (file: string) => pathToFileURL(file).href;

async function start(folder: string, capabilities: ClientCapabilities = {}): Promise<LspTestClient> {
  const client = LspTestClient.stdio();
  clients.push(client);
  const workspaceFolders = [{ uri: uriOf(folder), name: path.basename(folder) }];
  await client.initialize({ debounceMs: 10 }, capabilities, { workspaceFolders, rootUri: workspaceFolders[0].uri });
  return client;
}

const lintWorkspace = (client: LspTestClient, workDoneToken?: ProgressToken) =>
  client.executeCommand<LintWorkspaceResult>(SERVER_COMMANDS.lintWorkspace, [], workDoneToken);

const PROGRESS_CAPABILITIES: ClientCapabilities = { window: { workDoneProgress: true } };

/** A Markdown term sheet recognised by its front matter only: its name is not a term sheet's. */
const FRONT_MATTER_SHEET = '---\ntermsheet: 1\ntitle: Option on AB-7\n---\n\n# Option on AB-7\n\n**Upfront payment:** USD [TBD]\n';

describe('Lint Workspace', () => {
  let folder: string;
  /** The term sheets of the workspace, and what the engine finds in each. */
  let sheets: { file: string; fileName: string; text: string }[];

  before(() => {
    folder = path.join(root, 'deals');
    sheets = [
      { file: path.join(folder, 'pitfalls.termsheet.yaml'), fileName: 'pitfalls.termsheet.yaml', text: readExample('pitfalls.termsheet.yaml') },
      { file: path.join(folder, 'asia', 'complete.termsheet.md'), fileName: 'complete.termsheet.md', text: readExample('complete.termsheet.md') },
      { file: path.join(folder, 'notes', 'option.md'), fileName: 'option.md', text: FRONT_MATTER_SHEET },
    ];
    for (const sheet of sheets) writeFile(sheet.file, sheet.text);
    writeFile(path.join(folder, '.termsheetrc.yaml'), 'ignore: [archive]\n');
    writeFile(path.join(folder, 'archive', 'old.termsheet.yaml'), readExample('pitfalls.termsheet.yaml'));
    writeFile(path.join(folder, 'node_modules', 'pkg', 'vendored.termsheet.yaml'), readExample('pitfalls.termsheet.yaml'));
    writeFile(path.join(folder, 'config', 'settings.yaml'), 'license:\n  territory: [JP\n');
    writeFile(path.join(folder, 'notes', 'readme.md'), '# Notes\n\nNot a term sheet.\n');
  });

  test('publishes diagnostics for exactly the term sheets, and counts their errors and warnings', async () => {
    const client = await start(folder);
    const result = await lintWorkspace(client);

    const expected = sheets.map((sheet) => ({ uri: uriOf(sheet.file), findings: engineFindings(sheet.text, sheet.fileName) }));
    const count = (severity: string) => expected.reduce((sum, sheet) => sum + sheet.findings.filter((finding) => finding.severity === severity).length, 0);
    assert.deepEqual(result, { files: 3, errors: count('error'), warnings: count('warning'), cancelled: false });
    assert.ok(result.errors > 0 && result.warnings > 0);

    assert.deepEqual([...client.published.keys()].sort(), expected.map((sheet) => sheet.uri).sort());
    for (const sheet of expected) {
      const published = client.latest(sheet.uri)!;
      assert.deepEqual(
        published.diagnostics.map(
          (diagnostic) =>
            `${diagnostic.code}@${diagnostic.range.start.line}: ${typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value}`,
        ),
        sheet.findings.map((finding) => `${finding.ruleId}@${finding.range.start.line}: ${finding.message}`),
        sheet.uri,
      );
      assert.ok(published.diagnostics.every((diagnostic) => diagnostic.source === 'termsheet' && diagnostic.codeDescription?.href));
    }
    assert.ok(
      client.latest(uriOf(sheets[2].file))!.diagnostics.some((diagnostic) => diagnostic.code === 'placeholder-left'),
      'the front-matter sheet was linted as Markdown',
    );
    assert.equal(client.progressTokens.length, 0, 'no progress asked of a client that cannot show it');
  });

  test('an open sheet is linted from its buffer, not from the disk', async () => {
    const client = await start(folder);
    const uri = uriOf(sheets[0].file);
    const edited = sheets[0].text.replace('total_deal_value: USD 40M', 'total_deal_value: USD 28.5M');
    await client.open(uri, edited);
    await client.diagnosticsForCurrentVersion(uri);
    await lintWorkspace(client);
    const latest = client.latest(uri)!;
    assert.equal(latest.version, 1);
    assert.ok(!latest.diagnostics.some((diagnostic) => diagnostic.code === 'deal-value-mismatch'));
  });

  test('progress: begin, a report per file with the percentage and the file, then end', async () => {
    const client = await start(folder, PROGRESS_CAPABILITIES);
    const result = await lintWorkspace(client);
    assert.equal(result.files, 3);

    assert.equal(client.progressTokens.length, 1, 'the server created one progress');
    const [token] = client.progressTokens;
    const values = client.progress.filter((entry) => entry.token === token).map((entry) => entry.value);
    assert.equal(values[0].kind, 'begin');
    assert.equal(values[0].cancellable, true);
    assert.equal(values.at(-1)?.kind, 'end');
    const reports = values.filter((value): value is WorkDoneProgressReport => value.kind === 'report');
    assert.equal(reports.length, 3);
    assert.deepEqual(
      reports.map((report) => report.percentage),
      [0, 33, 66],
    );
    assert.deepEqual(reports.map((report) => report.message?.replace(/ \(\d+ of 3\)$/, '')).sort(), [
      'asia/complete.termsheet.md',
      'notes/option.md',
      'pitfalls.termsheet.yaml',
    ]);
  });

  test("progress on the client's own token when the request carries one", async () => {
    const client = await start(folder, PROGRESS_CAPABILITIES);
    await lintWorkspace(client, 'client-token-1');
    assert.equal(client.progressTokens.length, 0);
    const values = client.progress.filter((entry) => entry.token === 'client-token-1').map((entry) => entry.value.kind);
    assert.deepEqual([values[0], values.at(-1)], ['begin', 'end']);
    assert.equal(values.length, 5);
  });

  test('closing a sheet after a workspace lint shows its on-disk diagnostics again; other sheets are cleared', async () => {
    const client = await start(folder);
    await lintWorkspace(client);
    const uri = uriOf(sheets[0].file);
    const onDisk = client.latest(uri)!.diagnostics;
    assert.ok(onDisk.some((diagnostic) => diagnostic.code === 'deal-value-mismatch'));

    await client.open(uri, sheets[0].text.replace('total_deal_value: USD 40M', 'total_deal_value: USD 28.5M'));
    const whileOpen = await client.diagnosticsForCurrentVersion(uri);
    assert.ok(!whileOpen.some((diagnostic) => diagnostic.code === 'deal-value-mismatch'));
    const before = client.published.get(uri)!.length;
    await client.close(uri);
    const afterClose = await client.waitForDiagnostics(uri, (params) => client.published.get(uri)!.length > before && params.diagnostics.length > 0);
    assert.equal(afterClose.version, undefined);
    assert.deepEqual(afterClose.diagnostics, onDisk);

    // A sheet the workspace lint did not include (ignored by the config) is cleared on close, as always.
    const ignored = uriOf(path.join(folder, 'archive', 'old.termsheet.yaml'));
    await client.open(ignored, readExample('pitfalls.termsheet.yaml'));
    assert.ok((await client.diagnosticsForCurrentVersion(ignored)).length > 0);
    await client.close(ignored);
    await client.waitForDiagnostics(ignored, (params) => params.diagnostics.length === 0);
  });

  test('without a workspace lint, closing clears', async () => {
    const client = await start(folder);
    const uri = uriOf(sheets[0].file);
    await client.open(uri, sheets[0].text);
    assert.ok((await client.diagnosticsForCurrentVersion(uri)).length > 0);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
  });
});

describe('Lint Workspace cancelled', () => {
  const FILES = 150;

  test('cancelling the progress stops between files and says so', async () => {
    const folder = path.join(root, 'many');
    const text = readExample('pitfalls.termsheet.yaml');
    for (let i = 0; i < FILES; i++) writeFile(path.join(folder, `deal-${String(i).padStart(3, '0')}.termsheet.yaml`), text);
    const client = await start(folder, PROGRESS_CAPABILITIES);
    let cancelled = false;
    client.onProgress = (token, value) => {
      if (value.kind === 'report' && !cancelled) {
        cancelled = true;
        void client.cancelProgress(token);
      }
    };
    const result = await lintWorkspace(client);
    assert.equal(result.cancelled, true);
    assert.ok(result.files >= 1 && result.files < FILES, `stopped early: ${result.files} of ${FILES}`);
    assert.equal(client.published.size, result.files, 'diagnostics only for the files linted');
    assert.equal(client.progress.at(-1)?.value.kind, 'end');
    const perFile = engineFindings(text, 'deal.termsheet.yaml').filter((finding) => finding.severity === 'warning').length;
    assert.equal(result.warnings, perFile * result.files);
  });
});
