// The extension inside a real extension host, through the VS Code API only. Loaded by ./index.ts,
// which both launchers run: @vscode/test-electron (run-electron.ts) and code-server
// (test/e2e/extension-host.e2e.ts). The workspace starts with no term sheet in it (./workspace);
// the tests copy the examples in once activation has been checked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { RULES } from '../../rules';
import { applyFixes, type Config, type Finding } from '../../server/src/engine';
import { engineFindings, fromFinding, REPO_ROOT, type Comparable } from '../lsp/support';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  publisher: string;
  name: string;
  contributes: { commands: { command: string }[] };
};
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
/** Generous: two cores shared with the rest of a CI run. */
const WAIT_MS = 30_000;
/** How long "nothing happens" is watched for: longer than the extension's own start-up work. */
const SETTLE_MS = 2_000;

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is loaded`);
  return found;
}

function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with a workspace folder open');
  return folder.uri.fsPath;
}

/** Polls until `condition` returns a value other than undefined or false. */
async function waitFor<T>(what: string, condition: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether the extension host has started the language server: the client forks `dist/server.js`
 * as a child of this process. (pgrep: Linux and macOS.)
 */
function languageServerRunning(): boolean {
  const serverModule = path.join(extension().extensionPath, 'dist', 'server.js');
  try {
    execFileSync('pgrep', ['-P', String(process.pid), '-f', serverModule], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // pgrep exits with 1 when nothing matches; anything else is a broken check, not an answer.
    if ((error as { status?: number }).status === 1) return false;
    throw error;
  }
}

function fromVscodeDiagnostic(diagnostic: vscode.Diagnostic): Comparable {
  const { start, end } = diagnostic.range;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return {
    code: String(code),
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
    message: diagnostic.message,
    // vscode.DiagnosticSeverity counts from Error = 0, the LSP's from Error = 1.
    severity: diagnostic.severity + 1,
  };
}

/** Waits until the diagnostics of `uri` are exactly what the engine reports for `text`. */
async function diagnosticsMatchingEngine(uri: vscode.Uri, text: string, config: Config = {}): Promise<vscode.Diagnostic[]> {
  const expected = engineFindings(text, path.basename(uri.fsPath), config).map(fromFinding);
  let actual: Comparable[] = [];
  try {
    return await waitFor('the diagnostics to equal the engine findings', () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      actual = diagnostics.map(fromVscodeDiagnostic);
      return diagnostics.length > 0 && isDeepStrictEqual(actual, expected) && diagnostics;
    });
  } catch (error) {
    // Show the difference rather than only the timeout.
    assert.deepEqual(actual, expected);
    throw error;
  }
}

async function open(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(document);
  return document;
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

function toVscodeRange(finding: Finding): vscode.Range {
  const { start, end } = finding.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

function findingOf(ruleId: string, text: string, fileName: string): Finding {
  const finding = engineFindings(text, fileName).find((candidate) => candidate.ruleId === ruleId);
  assert.ok(finding, `the engine reports ${ruleId} in ${fileName}`);
  return finding;
}

describe('the extension in the extension host', function () {
  this.timeout(90_000);

  let sheetsDir: string;

  before(() => {
    // Diagnostics and hovers are compared with the engine of this checkout: the extension must be it too.
    assert.equal(path.resolve(extension().extensionPath), path.resolve(REPO_ROOT), 'the extension under test is this checkout');
  });

  describe('activation', () => {
    it('is not active in a workspace without term sheets', () => {
      assert.equal(extension().isActive, false);
    });

    it('starts no language server for a plain YAML or Markdown file', async () => {
      const notes = await open(path.join(workspaceDir(), 'notes.yaml'));
      const readme = await open(path.join(workspaceDir(), 'README.md'));
      // onLanguage activates the extension (a Markdown file may be a term sheet by its front matter) ...
      await waitFor('activation', () => extension().isActive);
      await sleep(SETTLE_MS);
      // ... but nothing starts and nothing is reported until a term sheet appears.
      assert.equal(languageServerRunning(), false, 'no language server process');
      assert.deepEqual(vscode.languages.getDiagnostics(notes.uri), []);
      assert.deepEqual(vscode.languages.getDiagnostics(readme.uri), []);
    });

    it('starts the language server when a term sheet is opened', async () => {
      sheetsDir = path.join(workspaceDir(), 'sheets');
      fs.cpSync(path.join(REPO_ROOT, 'examples'), sheetsDir, { recursive: true });
      const document = await open(path.join(sheetsDir, 'pitfalls.termsheet.yaml'));
      await diagnosticsMatchingEngine(document.uri, document.getText());
      assert.equal(languageServerRunning(), true, 'a language server process');
    });
  });

  // (Each group in a describe: mocha runs a suite's own tests before its nested suites.)
  describe('commands', () => {
    it('registers every command the manifest contributes', async () => {
      const contributed = manifest.contributes.commands.map((entry) => entry.command);
      assert.ok(contributed.length > 0, 'the manifest contributes commands');
      const registered = new Set(await vscode.commands.getCommands(true));
      assert.deepEqual(
        contributed.filter((command) => !registered.has(command)),
        [],
        'contributed but not registered',
      );
    });
  });

  describe('the examples', () => {
    for (const name of ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md', 'early-stage.termsheet.yaml', 'outline.termsheet.yaml']) {
      it(`${name}: the diagnostics are the engine's findings`, async () => {
        const document = await open(path.join(sheetsDir, name));
        const diagnostics = await diagnosticsMatchingEngine(document.uri, document.getText());
        for (const diagnostic of diagnostics) {
          assert.equal(diagnostic.source, 'termsheet');
          assert.equal(typeof diagnostic.code, 'object', 'the code links to the rule page');
        }
      });
    }
  });

  describe('hover', () => {
    for (const name of ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md']) {
      it(`${name}: a finding's hover explains its rule`, async () => {
        const document = await open(path.join(sheetsDir, name));
        await diagnosticsMatchingEngine(document.uri, document.getText());
        const finding = findingOf('deal-value-mismatch', document.getText(), name);
        const rule = RULES.find((candidate) => candidate.meta.id === finding.ruleId)!;
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, toVscodeRange(finding).start);
        const markdown = hoverText(hovers);
        assert.ok(markdown.includes(rule.meta.title), markdown);
        assert.ok(markdown.includes(rule.meta.why), markdown);
        assert.ok(markdown.includes(finding.message), markdown);
      });
    }

    it('no hover away from any finding', async () => {
      const document = await open(path.join(sheetsDir, 'pitfalls.termsheet.yaml'));
      await diagnosticsMatchingEngine(document.uri, document.getText());
      // Line 5 (`title: ...`) has no finding.
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(4, 2));
      assert.ok(!hoverText(hovers).includes('Rule documentation'), hoverText(hovers));
    });
  });

  describe('quick fix', () => {
    for (const name of ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md']) {
      it(`${name}: the rule's fix, applied with workspace.applyEdit, removes its finding`, async () => {
        const document = await open(path.join(sheetsDir, name));
        const original = document.getText();
        await diagnosticsMatchingEngine(document.uri, original);
        const finding = findingOf('deal-value-mismatch', original, name);
        const fix = finding.fix;
        assert.ok(fix, 'deal-value-mismatch has a fix');

        const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider',
          document.uri,
          toVscodeRange(finding),
          vscode.CodeActionKind.QuickFix.value,
        );
        const titles = actions.map((action) => action.title);
        // A finding on a Markdown table row is waived around the whole table.
        assert.ok(titles.includes(`Disable ${finding.ruleId} for this ${name.endsWith('.md') ? 'table' : 'line'}`), JSON.stringify(titles));
        const action = actions.find((candidate): candidate is vscode.CodeAction => candidate.title === fix.title && 'edit' in candidate);
        assert.ok(action?.edit, `"${fix.title}" in ${JSON.stringify(titles)}`);
        assert.equal(action.isPreferred, true);

        assert.ok(await vscode.workspace.applyEdit(action.edit));
        const fixed = applyFixes(original, [fix]).text;
        assert.equal(document.getText(), fixed);
        const diagnostics = await diagnosticsMatchingEngine(document.uri, fixed);
        assert.ok(!diagnostics.some((diagnostic) => fromVscodeDiagnostic(diagnostic).code === finding.ruleId));

        await vscode.commands.executeCommand('workbench.action.files.revert');
        assert.equal(document.getText(), original);
      });
    }
  });

  describe('settings', () => {
    const rules = { 'deal-value-mismatch': 'off', 'placeholder-left': 'error' } as const;

    after(async () => {
      await vscode.workspace.getConfiguration('termsheet').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('termsheet.rules turns a rule off and raises another, and removing it restores both', async () => {
      const document = await open(path.join(sheetsDir, 'pitfalls.termsheet.yaml'));
      const text = document.getText();
      await diagnosticsMatchingEngine(document.uri, text);

      await vscode.workspace.getConfiguration('termsheet').update('rules', rules, vscode.ConfigurationTarget.Workspace);
      const changed = await diagnosticsMatchingEngine(document.uri, text, { rules });
      assert.ok(!changed.some((diagnostic) => fromVscodeDiagnostic(diagnostic).code === 'deal-value-mismatch'));
      assert.ok(changed.some((diagnostic) => fromVscodeDiagnostic(diagnostic).code === 'placeholder-left' && diagnostic.severity === vscode.DiagnosticSeverity.Error));

      await vscode.workspace.getConfiguration('termsheet').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await diagnosticsMatchingEngine(document.uri, text);
    });

    it('termsheet.enable: false clears the findings; true brings them back', async () => {
      const document = await open(path.join(sheetsDir, 'pitfalls.termsheet.md'));
      await diagnosticsMatchingEngine(document.uri, document.getText());
      await vscode.workspace.getConfiguration('termsheet').update('enable', false, vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor('the findings to clear', () => vscode.languages.getDiagnostics(document.uri).length === 0);
      } finally {
        await vscode.workspace.getConfiguration('termsheet').update('enable', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await diagnosticsMatchingEngine(document.uri, document.getText());
    });
  });

});
