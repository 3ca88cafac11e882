import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { IN_TRACKED_INSERTION, readDocx } from '../../server/src/engine/docx';
import {
  DEAL_SUMMARY_REQUEST,
  SERVER_COMMANDS,
  WORD_VIEW_REQUEST,
  type DealSummary,
  type LintWorkspaceResult,
  type WordViewResult,
} from '../../server/src/lsp/protocol';
import { documentXml, paragraph, run, STYLES_XML, zipDocx } from '../support/docx';
import { LspTestClient } from './lsp-client';

const clients: LspTestClient[] = [];
let root: string;

before(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-word-view-')));
});

after(() => {
  for (const client of clients) client.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A Word sheet whose upfront is a tracked insertion by the other side, still a placeholder. */
const DEAL = zipDocx({
  'word/styles.xml': STYLES_XML,
  'word/document.xml': documentXml(
    paragraph(run('Licence of AB-101'), { style: 'Heading1' }) +
      paragraph(run('Financials'), { style: 'Heading2' }) +
      paragraph(run('Upfront:', true) + run(' USD ') + '<w:ins w:id="1" w:author="Licensee">' + run('[TBD]') + '</w:ins>') +
      paragraph(run('Total Deal Value:', true) + run(' USD 120 million')),
  ),
});

/** A diagnostic's message as text (the protocol allows Markdown too). */
const messageOf = (diagnostic: Diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);

/** The text view's URI, as the client opens it: the scheme and the file's path. */
const viewUri = (file: string) => `termsheet-docx:${pathToFileURL(file).pathname}`;

async function start(folder: string): Promise<LspTestClient> {
  const client = LspTestClient.stdio();
  clients.push(client);
  const workspaceFolders = [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }];
  await client.initialize({ debounceMs: 10 }, {}, { workspaceFolders, rootUri: workspaceFolders[0].uri });
  return client;
}

describe('Word documents in the editor', () => {
  test("the text view is linted as Markdown, its findings say where the other side's proposals are, and it has a deal summary", async () => {
    const folder = path.join(root, 'open');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'deal.termsheet.docx');
    fs.writeFileSync(file, DEAL);
    const client = await start(folder);
    const uri = viewUri(file);
    const { text } = readDocx(DEAL, 64 * 1024 * 1024);
    // The client asks the server for the view's text, then opens the view with it.
    assert.deepEqual(await client.request<WordViewResult>(WORD_VIEW_REQUEST, { uri }), { text });
    await client.open(uri, text, 'markdown');
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    const placeholder = diagnostics.find((diagnostic) => diagnostic.code === 'placeholder-left');
    assert.ok(placeholder, JSON.stringify(diagnostics));
    assert.equal(text.split('\n')[placeholder.range.start.line], '**Upfront:** USD [TBD]');
    assert.ok(messageOf(placeholder).endsWith(`(${IN_TRACKED_INSERTION})`), messageOf(placeholder));
    // A hover over the label explains the clause, as in any Markdown sheet.
    const hover = await client.hover(uri, { line: placeholder.range.start.line, character: 4 });
    assert.match(JSON.stringify(hover?.contents ?? null), /upfront/i);
    const summary = await client.request<DealSummary | null>(DEAL_SUMMARY_REQUEST, { uri });
    assert.deepEqual([summary?.title, summary?.payments.statedTotal], ['Licence of AB-101', 120_000_000], 'the view has a deal summary');
  });

  test('Lint Workspace lints *.termsheet.docx, publishing on its text view', async () => {
    const folder = path.join(root, 'workspace');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'deal.termsheet.docx');
    fs.writeFileSync(file, DEAL);
    fs.writeFileSync(path.join(folder, 'broken.termsheet.docx'), DEAL.subarray(0, 100));
    // The config's size limit applies to what a document inflates to: 0.1 MB of text, 1.6 MB of XML.
    const large = path.join(folder, 'large', 'large.termsheet.docx');
    fs.mkdirSync(path.dirname(large));
    fs.writeFileSync(path.join(folder, 'large', '.termsheetrc.yaml'), 'max_file_size_mb: 0.1\n');
    fs.writeFileSync(large, zipDocx({ 'word/document.xml': documentXml(paragraph(run('x'.repeat(2 * 1024 * 1024)))) }));
    const client = await start(folder);
    const result = await client.executeCommand<LintWorkspaceResult>(SERVER_COMMANDS.lintWorkspace, []);
    assert.equal(result.files, 3);
    assert.deepEqual([...client.published.keys()].sort(), [viewUri(path.join(folder, 'broken.termsheet.docx')), viewUri(file), viewUri(large)]);
    assert.deepEqual(client.latest(viewUri(large))!.diagnostics.map(messageOf), [
      'This Word document inflates past the size limit (1.6 MB of XML): it is not read',
    ]);
    assert.ok(client.latest(viewUri(file))!.diagnostics.some((diagnostic) => messageOf(diagnostic).includes(IN_TRACKED_INSERTION)));
    assert.deepEqual(client.latest(viewUri(path.join(folder, 'broken.termsheet.docx')))!.diagnostics.map(messageOf), [
      'This Word document is truncated or damaged: its zip package has no end',
    ]);
  });

  test('the view of a file that cannot be read says why, in a sentence', async () => {
    const folder = path.join(root, 'unreadable');
    fs.mkdirSync(folder, { recursive: true });
    const encrypted = path.join(folder, 'locked.docx');
    fs.writeFileSync(encrypted, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptedPackage', 'utf16le')]));
    const client = await start(folder);
    assert.deepEqual(await client.request<WordViewResult>(WORD_VIEW_REQUEST, { uri: viewUri(encrypted) }), {
      error: 'This Word document is encrypted (password-protected): save a copy without a password to lint it',
    });
    assert.deepEqual(await client.request<WordViewResult>(WORD_VIEW_REQUEST, { uri: viewUri(path.join(folder, 'gone.docx')) }), {
      error: `no such file or directory: ${path.join(folder, 'gone.docx')}`,
    });
    assert.deepEqual(await client.request<WordViewResult>(WORD_VIEW_REQUEST, { uri: pathToFileURL(encrypted).href }), {
      error: `Not a Word document's view: ${pathToFileURL(encrypted).href}`,
    });
  });
});
