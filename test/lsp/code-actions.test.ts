import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc';
import {
  CodeActionTriggerKind,
  LSPErrorCodes,
  type CodeAction,
  type Command,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules';
import { fixAll } from '../../server/src/engine';
import { SERVER_COMMANDS } from '../../server/src/lsp/protocol';
import { runCli } from '../cli/run-cli';
import { LspTestClient } from './lsp-client';
import { engineFindings, readExample } from './support';

const FIX_ALL = 'source.fixAll.termsheet';
const CAPABILITIES = {
  window: { showDocument: { support: true } },
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } },
};
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function isCodeAction(action: Command | CodeAction): action is CodeAction {
  return typeof (action as Command).command !== 'string';
}

/** The edits of a single versioned document change, for `uri` at `version`. */
function versionedEdits(action: CodeAction | undefined, uri: string, version: number): TextEdit[] {
  const changes = action?.edit?.documentChanges as TextDocumentEdit[] | undefined;
  assert.equal(changes?.length, 1, 'one document change');
  assert.deepEqual(changes[0].textDocument, { uri, version });
  return changes[0].edits as TextEdit[];
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);
}

let folder: string;

before(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-lsp-fix-')));
});

after(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The example written to a fresh file in the temporary folder; its URI, so the server and the CLI find the same (no) config. */
function copyOf(example: string, name = example): { file: string; uri: string; text: string } {
  const text = readExample(example);
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return { file, uri: pathToFileURL(file).href, text };
}

describe('code actions over stdio', () => {
  let client: LspTestClient;
  let initialized: InitializeResult;

  before(async () => {
    client = LspTestClient.stdio();
    initialized = await client.initialize({ debounceMs: 10 }, CAPABILITIES);
  });

  after(() => client.stop());

  test('the server announces fix-all and its commands', () => {
    const { capabilities } = initialized;
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', FIX_ALL] });
    const commands = capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(commands.includes(SERVER_COMMANDS.showDocumentation) && commands.includes(SERVER_COMMANDS.applyAllFixes), commands.join(', '));
    assert.ok(capabilities.documentSymbolProvider && capabilities.foldingRangeProvider && capabilities.codeLensProvider);
  });

  test('every announced command is one the server runs', async () => {
    for (const command of initialized.capabilities.executeCommandProvider?.commands ?? []) {
      // Called with no arguments, a known command runs (Lint Workspace takes none) or says what it takes, never that it is unknown.
      await client.executeCommand(command, []).catch((error: ResponseError<unknown>) => assert.doesNotMatch(error.message, /Unknown command/));
    }
    await assert.rejects(client.executeCommand('termsheet.server.nothing', []), /Unknown command/);
  });

  test('every finding offers "Show documentation for rule"; running it opens the rule page', async () => {
    const { uri, text } = copyOf('pitfalls.termsheet.yaml', 'docs.termsheet.yaml');
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    assert.ok(diagnostics.length >= 5);
    for (const diagnostic of diagnostics) {
      const actions = ((await client.codeAction(uri, diagnostic.range, [diagnostic])) ?? []).filter(isCodeAction);
      const title = `Show documentation for ${diagnostic.code}`;
      const documentation = actions.find((action) => action.title === title);
      assert.ok(documentation, `${diagnostic.code}: ${actions.map((action) => action.title).join('; ')}`);
      assert.equal(documentation.kind, 'quickfix');
      assert.deepEqual(documentation.diagnostics, [diagnostic]);
      assert.deepEqual(documentation.command, { title, command: SERVER_COMMANDS.showDocumentation, arguments: [diagnostic.code, uri] });
      assert.equal(documentation.edit, undefined);
      // The documentation comes after the fix and the waiver for the same finding.
      assert.equal(actions.at(-1), documentation);
    }

    for (const diagnostic of diagnostics.slice(0, 3)) {
      const before = client.shownDocuments.length;
      assert.equal(await client.executeCommand(SERVER_COMMANDS.showDocumentation, [diagnostic.code, uri]), true);
      assert.equal(client.shownDocuments.length, before + 1);
      const href = diagnostic.codeDescription?.href ?? '';
      assert.ok(href.endsWith(`rules/${diagnostic.code}/README.md`), href);
      // The page the diagnostic links to: shipped beside the server, so it opens in the editor.
      assert.deepEqual(client.shownDocuments.at(-1), { uri: href, external: /^https?:/.test(href), takeFocus: true });
    }
    await assert.rejects(client.executeCommand(SERVER_COMMANDS.showDocumentation, ['no-such-rule', uri]), /no documentation for rule "no-such-rule"/);
  });

  for (const example of ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md']) {
    test(`${example}: source.fixAll.termsheet is one edit giving the text --fix writes, with nothing fixable left`, async () => {
      const { file, uri, text } = copyOf(example, `fix-all-${example}`);
      await client.open(uri, text, example.endsWith('.md') ? 'markdown' : 'yaml');
      const diagnostics = await client.diagnosticsForCurrentVersion(uri);
      assert.ok(
        engineFindings(text, file).some((finding) => finding.fix),
        'the example has fixable findings',
      );

      const actions = ((await client.codeActionWithContext(uri, START, { diagnostics: [], only: [FIX_ALL] })) ?? []).filter(isCodeAction);
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind]),
        [['Fix all auto-fixable term sheet problems', FIX_ALL]],
      );
      const edits = versionedEdits(actions[0], uri, client.version(uri)!);
      const fixed = applied(text, edits);

      runCli(['--fix', path.basename(file)], { cwd: folder });
      assert.equal(fixed, fs.readFileSync(file, 'utf8'), 'the same text as the command line writes');
      assert.notEqual(fixed, text);
      // The edits touch only what the fixes change, not the whole text: the editor keeps cursors and folds elsewhere.
      assert.ok(edits.length >= 1, `${edits.length} edit(s)`);
      const document = TextDocument.create(uri, 'yaml', 1, text);
      const replaced = edits.reduce((sum, edit) => sum + document.offsetAt(edit.range.end) - document.offsetAt(edit.range.start), 0);
      assert.ok(replaced < text.length / 10, `${replaced} of ${text.length} characters replaced`);

      await client.change(uri, fixed);
      const after = await client.diagnosticsForCurrentVersion(uri);
      assert.ok(after.length < diagnostics.length);
      assert.ok(!after.some((diagnostic: Diagnostic) => diagnostic.code === 'syntax'));
      // Suggestions change the deal: Fix All leaves every finding that only has one.
      const suggested = engineFindings(text, file).filter((finding) => finding.suggestions && !finding.fix);
      assert.ok(suggested.length > 5);
      for (const finding of suggested)
        assert.ok(
          after.some((diagnostic: Diagnostic) => diagnostic.code === finding.ruleId && diagnostic.message === finding.message),
          `${finding.ruleId} is still reported`,
        );
      assert.deepEqual(
        engineFindings(fixed, file).filter((finding) => finding.fix),
        [],
      );
      assert.deepEqual(await client.codeActionWithContext(uri, START, { diagnostics: [], only: [FIX_ALL] }), [], 'nothing left to fix: not offered');
    });
  }

  test('fix-all is offered for the kinds that include it, never to the light bulb', async () => {
    const { uri, text } = copyOf('pitfalls.termsheet.yaml', 'kinds.termsheet.yaml');
    await client.open(uri, text);
    const kinds = async (context: { only?: string[]; triggerKind?: CodeActionTriggerKind }) =>
      ((await client.codeActionWithContext(uri, START, { diagnostics: [], ...context })) ?? []).filter(isCodeAction).map((action) => action.kind);
    assert.deepEqual(await kinds({ only: ['source.fixAll'] }), [FIX_ALL]);
    assert.deepEqual(await kinds({ only: ['source'] }), [FIX_ALL]);
    assert.deepEqual(await kinds({ triggerKind: CodeActionTriggerKind.Invoked }), [FIX_ALL]);
    assert.deepEqual(await kinds({ triggerKind: CodeActionTriggerKind.Automatic }), []);
    assert.deepEqual(await kinds({ only: ['quickfix'] }), []);
    assert.deepEqual(await kinds({ only: ['source.organizeImports'] }), []);
  });

  test('applyAllFixes: the same edit through workspace/applyEdit, the fix count, and a stale version refused', async () => {
    const { file, uri, text } = copyOf('pitfalls.termsheet.yaml', 'apply.termsheet.yaml');
    await client.open(uri, text);
    await client.diagnosticsForCurrentVersion(uri);
    const version = client.version(uri)!;
    const expected = fixAll(text, { rules: RULES, fileName: file });

    // A version the document has moved past: refused, and no edit is sent.
    const requests = client.applyEditRequests.length;
    await assert.rejects(client.executeCommand(SERVER_COMMANDS.applyAllFixes, [uri, version - 1]), (error: ResponseError<unknown>) => {
      assert.equal(error.code, LSPErrorCodes.ContentModified);
      return true;
    });
    assert.equal(client.applyEditRequests.length, requests);

    // A client that declines the edit: nothing was applied.
    client.applyEditAnswer = { applied: false, failureReason: 'declined in the test' };
    assert.equal(await client.executeCommand(SERVER_COMMANDS.applyAllFixes, [uri, version]), 0);
    client.applyEditAnswer = { applied: true };

    const count = await client.executeCommand(SERVER_COMMANDS.applyAllFixes, [uri, version]);
    assert.equal(count, expected.applied);
    assert.ok(expected.applied >= 1);
    const request = client.applyEditRequests.at(-1)!;
    assert.equal(request.label, 'Fix all term sheet problems');
    const fixed = applied(text, (request.edit.documentChanges as TextDocumentEdit[])[0].edits as TextEdit[]);
    assert.deepEqual((request.edit.documentChanges as TextDocumentEdit[])[0].textDocument, { uri, version });
    assert.equal(fixed, expected.text);

    // The client applies it and sends the change; fixing again finds nothing, with or without a version.
    const next = await client.change(uri, fixed);
    const sent = client.applyEditRequests.length;
    assert.equal(await client.executeCommand(SERVER_COMMANDS.applyAllFixes, [uri, next]), 0);
    assert.equal(await client.executeCommand(SERVER_COMMANDS.applyAllFixes, [uri]), 0);
    assert.equal(client.applyEditRequests.length, sent, 'nothing to apply: no edit sent');
    assert.equal(await client.executeCommand(SERVER_COMMANDS.applyAllFixes, ['file:///not/open.termsheet.yaml']), 0);
    await assert.rejects(client.executeCommand(SERVER_COMMANDS.applyAllFixes, [42]), /takes \[uri, version\?\]/);
  });
});

describe('a client that cannot open pages or take versioned edits', () => {
  test('the documentation link is shown as a message, and fix-all edits are plain changes', async () => {
    const client = LspTestClient.stdio();
    try {
      await client.initialize({ debounceMs: 10 }, { workspace: { applyEdit: true } });
      const { uri, text } = copyOf('pitfalls.termsheet.yaml', 'plain.termsheet.yaml');
      await client.open(uri, text);
      const [diagnostic] = await client.diagnosticsForCurrentVersion(uri);
      assert.equal(await client.executeCommand(SERVER_COMMANDS.showDocumentation, [diagnostic.code, uri]), false);
      assert.deepEqual(client.shownDocuments, []);
      assert.ok(client.shownMessages.some((message) => message.message.includes(`Documentation for ${diagnostic.code}: ${diagnostic.codeDescription?.href}`)));

      const [action] = ((await client.codeActionWithContext(uri, START, { diagnostics: [], only: [FIX_ALL] })) ?? []).filter(isCodeAction);
      const edits = action?.edit?.changes?.[uri];
      assert.ok(edits && edits.length > 0);
      assert.equal(action.edit?.documentChanges, undefined);
      assert.equal(applied(text, edits), fixAll(text, { rules: RULES, fileName: 'plain.termsheet.yaml' }).text);
      await client.shutdown();
    } finally {
      client.kill();
    }
  });
});
