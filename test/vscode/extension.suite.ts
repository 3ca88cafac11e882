// The extension inside a real extension host, through the VS Code API only. Loaded by ./index.ts,
// which both launchers run: @vscode/test-electron (run-electron.ts) and code-server
// (test/e2e/extension-host.e2e.ts). The workspace starts with no term sheet in it (./workspace);
// the tests copy the examples in once activation has been checked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { after, afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { RULES } from '../../rules';
import { applyFixes, fixAll, type Config, type Finding } from '../../server/src/engine';
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
        // VS Code shows the diagnostic's message in the same hover, above what the provider gives.
        assert.ok(!markdown.includes(finding.message), markdown);
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
      it(`${name}: the rule's suggestion, a quick fix of its own and not preferred, applied with workspace.applyEdit, removes its finding`, async () => {
        const document = await open(path.join(sheetsDir, name));
        const original = document.getText();
        await diagnosticsMatchingEngine(document.uri, original);
        const finding = findingOf('deal-value-mismatch', original, name);
        const fix = finding.suggestions?.[0];
        assert.ok(fix, 'deal-value-mismatch has a suggestion');

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
        assert.ok(!action.isPreferred, 'a suggestion changes the deal: never applied as the preferred fix');

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
      assert.ok(
        changed.some((diagnostic) => fromVscodeDiagnostic(diagnostic).code === 'placeholder-left' && diagnostic.severity === vscode.DiagnosticSeverity.Error),
      );

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

    /**
     * Opens a sheet that is a term sheet by something the server reads (not its name): it is linted, and
     * the client knows it for a term sheet too, from the server: Fix All in File, a command for the active sheet, works on it.
     */
    async function lintedWithItsCommands(file: string, why: string): Promise<void> {
      const document = await open(file);
      const original = document.getText();
      await diagnosticsMatchingEngine(document.uri, original);
      const fixed = fixAll(original, { rules: RULES, fileName: path.basename(file) });
      assert.ok(fixed.applied > 0, 'the sheet has fixable findings');
      await waitFor(`Fix All in File to fix the sheet named by ${why}`, async () => {
        await vscode.commands.executeCommand('termsheet.fixAll');
        return document.getText() === fixed.text;
      });
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(document.getText(), original);
    }

    it('front matter saying termsheet: makes a Markdown file of any name a term sheet, with its commands', async () => {
      const file = path.join(workspaceDir(), 'front-matter', 'ql-88.md');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `---\ntermsheet: 1\n---\n${fs.readFileSync(path.join(sheetsDir, 'pitfalls.termsheet.md'), 'utf8')}`);
      await lintedWithItsCommands(file, 'its front matter');
    });

    it("a config file's files globs make a YAML file of any name a term sheet, with its commands", async () => {
      const folder = path.join(workspaceDir(), 'globbed');
      fs.mkdirSync(path.join(folder, 'deals'), { recursive: true });
      fs.writeFileSync(path.join(folder, '.termsheetrc.yaml'), 'files: [deals/*.yaml]\n');
      const file = path.join(folder, 'deals', 'acme.yaml');
      fs.copyFileSync(path.join(sheetsDir, 'pitfalls.termsheet.yaml'), file);
      await lintedWithItsCommands(file, 'the globs');
    });
  });

  describe('Lint Workspace', () => {
    it('termsheet.lintWorkspace reports a term sheet that was never opened', async () => {
      // A new file, so no earlier test can have opened it.
      const file = path.join(sheetsDir, 'unopened', 'early-stage.termsheet.yaml');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'early-stage.termsheet.yaml'), file);
      const uri = vscode.Uri.file(file);
      assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.fsPath === file), 'not open');
      assert.deepEqual(vscode.languages.getDiagnostics(uri), []);

      // The command resolves with the server's counts once every sheet is linted, without waiting for its notification.
      const result = await vscode.commands.executeCommand<{ files: number; cancelled: boolean } | undefined>('termsheet.lintWorkspace');
      assert.ok(result && result.files > 0 && !result.cancelled, `a finished lint: ${JSON.stringify(result)}`);
      await diagnosticsMatchingEngine(uri, fs.readFileSync(file, 'utf8'));
      await vscode.commands.executeCommand('notifications.clearAll');
      assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.fsPath === file), 'still not open');
    });
  });

  describe('Fix All in File', () => {
    for (const name of ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md']) {
      it(`${name}: termsheet.fixAll applies every fix, never a suggestion, to the active sheet`, async () => {
        const file = path.join(sheetsDir, `fix-all-${name}`);
        fs.copyFileSync(path.join(REPO_ROOT, 'examples', name), file);
        const document = await open(file);
        const original = document.getText();
        await diagnosticsMatchingEngine(document.uri, original);
        // What the command line's --fix leads to, with the file's own name (it decides the format).
        const fixed = fixAll(original, { rules: RULES, fileName: path.basename(file) });
        assert.ok(fixed.applied > 0, 'the example has fixable findings');

        await vscode.commands.executeCommand('termsheet.fixAll');
        assert.equal(document.getText(), fixed.text);
        assert.ok(document.isDirty, 'the fixes are an edit, left for the user to save');
        const diagnostics = await diagnosticsMatchingEngine(document.uri, fixed.text);
        // Every finding that had a fix is gone; those with only suggestions stay.
        const shown = new Set(diagnostics.map(fromVscodeDiagnostic).map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`));
        const fixable = engineFindings(original, path.basename(file)).filter((finding) => finding.fix);
        assert.deepEqual(
          fixable.map((finding) => `${finding.ruleId}: ${finding.message}`).filter((finding) => shown.has(finding)),
          [],
        );

        await vscode.commands.executeCommand('workbench.action.files.revert');
        assert.equal(document.getText(), original);
      });
    }
  });

  describe('rule pages', () => {
    const RULE = 'deal-value-mismatch';
    const isPreview = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('markdown.preview');
    const allTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const previews = () => allTabs().filter(isPreview);
    let document: vscode.TextDocument;
    let finding: Finding;

    before(async () => {
      document = await open(path.join(sheetsDir, 'pitfalls.termsheet.yaml'));
      await diagnosticsMatchingEngine(document.uri, document.getText());
      finding = findingOf(RULE, document.getText(), 'pitfalls.termsheet.yaml');
    });

    afterEach(async () => {
      await vscode.window.tabGroups.close(previews());
    });

    /** Waits for the Markdown preview of the rule's page, from the extension's pages; the page's source is in no editor. */
    async function renderedPage(ruleId: string): Promise<void> {
      await waitFor(`the preview of ${ruleId}`, () => previews().find((tab) => tab.label === `Preview ${ruleId}.md`));
      // The preview reads the page after its tab is up.
      const page = await waitFor('the page read by the preview', () =>
        vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === `termsheet-page:/rules/${ruleId}.md`),
      );
      assert.ok(page.getText().startsWith(`# ${ruleId}\n`), page.getText().slice(0, 100));
      const sources = allTabs().filter(
        (tab) => tab.input instanceof vscode.TabInputText && (tab.input.uri.scheme === 'termsheet-page' || tab.input.uri.path.endsWith('/README.md')),
      );
      assert.deepEqual(
        sources.map((tab) => tab.label),
        [],
        'the page as Markdown source',
      );
    }

    it('the rule code of every finding runs Explain Rule for its rule, which opens the page rendered', async () => {
      const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'termsheet');
      assert.ok(diagnostics.length > 10);
      for (const diagnostic of diagnostics) {
        const code = diagnostic.code as { value: string; target: vscode.Uri };
        assert.equal(`${code.target.scheme}:${code.target.path}`, 'command:termsheet.explainRule', code.target.toString());
        assert.deepEqual(JSON.parse(code.target.query), [code.value]);
      }
      const code = diagnostics.find((diagnostic) => fromVscodeDiagnostic(diagnostic).code === RULE)!.code as { target: vscode.Uri };
      await vscode.commands.executeCommand(code.target.path, ...(JSON.parse(code.target.query) as unknown[]));
      await renderedPage(RULE);
    });

    it("the hover's link runs Explain Rule, in Markdown trusted with that command alone", async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, toVscodeRange(finding).start);
      const linked = hovers
        .flatMap((hover) => hover.contents)
        .find((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString && content.value.includes('](command:'));
      assert.ok(linked, hoverText(hovers));
      assert.ok(linked.value.includes(`](command:termsheet.explainRule?%5B%22${RULE}%22%5D "Show the ${RULE} page")`), linked.value);
      assert.ok(!linked.value.includes('file:'), linked.value);
      assert.deepEqual(linked.isTrusted, { enabledCommands: ['termsheet.explainRule'] });
    });

    it('Show documentation in the light bulb opens the page rendered', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        toVscodeRange(finding),
        vscode.CodeActionKind.QuickFix.value,
      );
      const show = actions.find((action) => action.title === `Show documentation for ${RULE}`);
      assert.ok(show?.command, JSON.stringify(actions.map((action) => action.title)));
      await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
      await renderedPage(RULE);
    });
  });

  describe('Show Deal Summary', () => {
    it('termsheet.showDealSummary opens a webview titled after the active sheet', async () => {
      const document = await open(path.join(sheetsDir, 'pitfalls.termsheet.yaml'));
      const title = /^title: (.+)$/m.exec(document.getText())?.[1];
      assert.ok(title, 'the example has a title');
      const isSummary = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('termsheet.dealSummary');
      const summaryTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(isSummary);
      assert.deepEqual(summaryTabs(), [], 'no summary before the command');

      await vscode.commands.executeCommand('termsheet.showDealSummary');
      try {
        // The panel opens as "Deal Summary" while it loads, then takes the sheet's title.
        const tab = await waitFor('the Deal Summary tab with the title', () => summaryTabs().find((candidate) => candidate.label === `Deal Summary: ${title}`));
        // Beside the sheet, which keeps the focus.
        assert.notEqual(tab.group.viewColumn, vscode.window.tabGroups.activeTabGroup.viewColumn);
        assert.equal(vscode.window.activeTextEditor?.document, document);

        // Run again, it shows the same panel instead of a second one.
        await vscode.commands.executeCommand('termsheet.showDealSummary');
        await sleep(SETTLE_MS);
        assert.equal(summaryTabs().length, 1);
      } finally {
        await vscode.window.tabGroups.close(summaryTabs());
      }
    });
  });

  describe('language features', () => {
    let document: vscode.TextDocument;
    let lines: string[];
    const lineOf = (text: string) => {
      const line = lines.indexOf(text);
      assert.ok(line >= 0, `"${text}" in the sheet`);
      return line;
    };

    before(async () => {
      document = await open(path.join(sheetsDir, 'pitfalls.termsheet.yaml'));
      await diagnosticsMatchingEngine(document.uri, document.getText());
      lines = document.getText().split('\n');
    });

    it("completion: the top-level keys the sheet lacks, and a field's values", async () => {
      // After the last line: a new top-level key. VS Code filters by what is typed; the list is the server's.
      const end = new vscode.Position(document.lineCount - 1, 0);
      assert.equal(document.lineAt(end.line).text, '', 'the sheet ends with a newline');
      const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
      const labels = keys.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      for (const missing of ['confidentiality', 'advisors', 'binding']) assert.ok(labels.includes(missing), `${missing} in ${JSON.stringify(labels)}`);
      for (const present of ['financials', 'parties', 'termination'])
        assert.ok(!labels.includes(present), `${present} is already there: ${JSON.stringify(labels)}`);
      const confidentiality = keys.items.find((item) => item.label === 'confidentiality');
      assert.equal(confidentiality?.kind, vscode.CompletionItemKind.Property);

      // After `scope: ` under license (misspelt in the example, for unreadable-value): the licence scopes.
      const scope = lines.findIndex((line) => line.startsWith('  scope: exclusve'));
      assert.ok(scope >= 0, 'the licence scope in the sheet');
      const values = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(scope, '  scope: '.length),
      );
      const scopes = values.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      for (const value of ['exclusive', 'non-exclusive', 'co-exclusive']) assert.ok(scopes.includes(value), `${value} in ${JSON.stringify(scopes)}`);
    });

    it('outline: one symbol per top-level clause, ranged over it, with its parts', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const topLevelKeys = lines.filter((line) => /^[a-z_]+:/.test(line));
      assert.equal(symbols.length, topLevelKeys.length, JSON.stringify(symbols.map((symbol) => symbol.name)));
      assert.deepEqual(
        symbols.map((symbol) => symbol.selectionRange.start.line),
        topLevelKeys.map((key) => lineOf(key)),
      );
      const financials = symbols.find((symbol) => symbol.name === 'Financials');
      assert.ok(financials, JSON.stringify(symbols.map((symbol) => symbol.name)));
      assert.equal(financials.kind, vscode.SymbolKind.Namespace);
      assert.equal(financials.range.start.line, lineOf('financials:'));
      assert.equal(financials.range.end.line, lineOf('  equity: RMB 20,000,000               # currency-inconsistent'));
      const parts = new Map(financials.children.map((child) => [child.name, child.detail]));
      assert.equal(parts.get('Upfront'), 'USD 1.5M');
      assert.equal(parts.get('Milestones'), 'USD 27M');
      assert.equal(parts.get('Total Deal Value'), 'USD 40M');
    });

    it('code lens: the deal sum over financials, agreeing with the deal-value-mismatch finding', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
      const finding = findingOf('deal-value-mismatch', document.getText(), 'pitfalls.termsheet.yaml');
      const [, stated, computed] = /^Total deal value (.+?) does not add up: (upfront .+)$/.exec(finding.message) ?? [];
      assert.ok(stated && computed, finding.message);
      assert.deepEqual(
        lenses.map((lens) => [lens.range.start.line, lens.command?.title]),
        [
          [lineOf('financials:'), computed],
          [lineOf('financials:'), `total_deal_value says ${stated}: differs by USD 11.5M`],
        ],
      );
    });

    it('folding: every clause folds, from its key to its last line', async () => {
      const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
      const folds = ranges.map((range) => [range.start, range.end, range.kind]);
      // Each top-level block clause, to its last non-blank line before the next clause.
      const blockClauses = lines.flatMap((line, index) => (/^[a-z_]+:\s*(#.*)?$/.test(line) ? [index] : []));
      assert.ok(blockClauses.length >= 8, 'the example has block clauses');
      for (const start of blockClauses) {
        const next = lines.findIndex((line, index) => index > start && /^\S/.test(line));
        let end = (next < 0 ? lines.length : next) - 1;
        // Blank lines and trailing comments after a clause are not part of it.
        while (lines[end].trim() === '' || /^\s*#/.test(lines[end])) end--;
        assert.ok(
          folds.some(([from, to]) => from === start && to === end),
          `${lines[start]} folds over lines ${start}–${end}: ${JSON.stringify(folds)}`,
        );
      }
      // The comment block at the top folds as a comment.
      assert.ok(
        folds.some(([from, to, kind]) => from === 0 && to === 2 && kind === vscode.FoldingRangeKind.Comment),
        JSON.stringify(folds),
      );
    });
  });
});
