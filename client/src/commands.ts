import * as vscode from 'vscode';
import { RULES_REQUEST, SERVER_COMMANDS, type LintWorkspaceResult, type RuleInfo, type RulesParams } from '../../server/src/lsp/protocol';
import type { Pages } from './pages';
import { EXPLAIN_RULE_COMMAND } from './rule-links';
import { CATALOG_PATH, ruleCatalogMarkdown, ruleMarkdown, rulePage, severityAndFix } from './rule-pages';
import type { ServerConnection } from './server-connection';
import { fixAllMessage, lintWorkspaceMessage } from './status';
import type { StatusBar } from './status-bar';
import { firstPlaceholder, newFileNames, TEMPLATES, type Template } from './templates';

const OPEN_PROBLEMS = 'Open Problems';
const PROBLEMS_COMMAND = 'workbench.actions.view.problems';
/** LSP's `workspace/executeCommand`, by name: its type object would load the language client library with this module. */
const EXECUTE_COMMAND = 'workspace/executeCommand';

export interface CommandHost {
  context: vscode.ExtensionContext;
  server: ServerConnection;
  status: StatusBar;
  pages: Pages;
  isTermSheet(document: vscode.TextDocument): boolean;
}

/** The palette commands; each reports its own failure instead of leaving VS Code's generic one. */
export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const register = (id: string, title: string, run: (...args: unknown[]) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (error) {
        void vscode.window.showErrorMessage(`Term Sheet: ${title} failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    });
  return [
    register('termsheet.lintWorkspace', 'Lint Workspace', () => lintWorkspace(host)),
    register('termsheet.fixAll', 'Fix All in File', (uri) => fixAll(host, uri)),
    register(EXPLAIN_RULE_COMMAND, 'Explain Rule', (ruleId, documentUri) => explainRule(host, ruleId, documentUri)),
    register('termsheet.showRuleCatalog', 'Show Rule Catalog', () => showRuleCatalog(host)),
    register('termsheet.newTermSheet', 'New Term Sheet', () => newTermSheet(host)),
    register('termsheet.restartServer', 'Restart Server', () => host.server.restart()),
  ];
}

/** Resolves with the server's counts as soon as the lint is done; the closing notification is not waited for. */
async function lintWorkspace(host: CommandHost): Promise<LintWorkspaceResult | null> {
  const client = await host.server.start();
  // The server reports progress itself; the client shows it as a cancellable notification.
  const result: unknown = await host.status.busyWhile(() => client.sendRequest(EXECUTE_COMMAND, { command: SERVER_COMMANDS.lintWorkspace, arguments: [] }));
  const summary = result as Partial<LintWorkspaceResult> | null;
  const found = typeof summary?.files === 'number' && summary.files > 0;
  void vscode.window.showInformationMessage(lintWorkspaceMessage(summary), ...(found ? [OPEN_PROBLEMS] : [])).then((choice) => {
    if (choice === OPEN_PROBLEMS) void vscode.commands.executeCommand(PROBLEMS_COMMAND);
  });
  return summary as LintWorkspaceResult | null;
}

async function fixAll(host: CommandHost, target: unknown): Promise<void> {
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || !host.isTermSheet(document)) {
    void vscode.window.showInformationMessage('Open a term sheet to fix it.');
    return;
  }
  const client = await host.server.start();
  const applied: unknown = await client.sendRequest(EXECUTE_COMMAND, {
    command: SERVER_COMMANDS.applyAllFixes,
    arguments: [client.code2ProtocolConverter.asUri(document.uri), document.version],
  });
  const message = fixAllMessage(applied, fileName(document.uri));
  // The edit speaks for itself; only "nothing to do" needs saying out loud.
  if (typeof applied === 'number' && applied > 0) vscode.window.setStatusBarMessage(message, 5_000);
  else void vscode.window.showInformationMessage(message);
}

/**
 * Every rule page opens here: from the palette (a quick pick), and with a rule id from the hover's
 * link, the rule code in the Problems panel and the light bulb (see rule-links.ts). `documentUri`
 * (the protocol's form) names the sheet whose config has the custom rules; else the active sheet.
 */
async function explainRule(host: CommandHost, ruleId: unknown, documentUri: unknown): Promise<void> {
  const rules = await fetchRules(host, typeof documentUri === 'string' ? documentUri : undefined);
  let rule: RuleInfo | undefined;
  if (typeof ruleId === 'string' && ruleId !== '') {
    rule = rules.find((candidate) => candidate.id === ruleId);
    if (!rule) {
      void vscode.window.showWarningMessage(`Term Sheet: there is no rule "${ruleId}".`);
      return;
    }
  } else {
    const picked = await vscode.window.showQuickPick(
      rules.map((candidate) => ({ label: candidate.id, description: candidate.title, detail: severityAndFix(candidate), rule: candidate })),
      { title: 'Explain Rule', placeHolder: 'Rule to explain', matchOnDescription: true },
    );
    rule = picked?.rule;
  }
  if (rule) await openRulePage(host, rule);
}

async function openRulePage(host: CommandHost, rule: RuleInfo): Promise<void> {
  const page = rulePage(rule);
  switch (page.kind) {
    case 'shipped':
      return host.pages.show(page.path);
    case 'generated':
      return host.pages.show(page.path, ruleMarkdown(rule));
    case 'preview':
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.parse(page.href));
      return;
    case 'external':
      await vscode.env.openExternal(vscode.Uri.parse(page.href));
      return;
  }
}

async function showRuleCatalog(host: CommandHost): Promise<void> {
  const document = activeTermSheet(host);
  const rules = await fetchRules(host);
  await host.pages.show(CATALOG_PATH, ruleCatalogMarkdown(rules, { documentName: document && fileName(document.uri) }));
}

/** Every rule, with the severities in force for the term sheet `uri` (the protocol's form), or else the active one. */
async function fetchRules(host: CommandHost, uri?: string): Promise<RuleInfo[]> {
  const client = await host.server.start();
  const document = uri === undefined ? activeTermSheet(host) : undefined;
  const sheet = uri ?? (document && client.code2ProtocolConverter.asUri(document.uri));
  const params: RulesParams = sheet ? { uri: sheet } : {};
  const rules = await client.sendRequest<RuleInfo[] | null>(RULES_REQUEST, params);
  return Array.isArray(rules) ? rules : [];
}

function activeTermSheet(host: CommandHost): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && host.isTermSheet(document) ? document : undefined;
}

async function newTermSheet(host: CommandHost): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    TEMPLATES.map((template) => ({ label: template.label, description: template.description, detail: template.detail, template })),
    { title: 'New Term Sheet', placeHolder: 'Format of the new term sheet' },
  );
  if (!picked) return;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(host.context.extensionUri, picked.template.file)));
  // An untitled document with a term-sheet name is linted at once, and saving it proposes that name.
  const document = await vscode.workspace.openTextDocument(await untitledUri(picked.template));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), text);
  await vscode.workspace.applyEdit(edit);
  const editor = await vscode.window.showTextDocument(document);
  // The first blank to fill in is selected, ready to be typed over.
  const placeholder = firstPlaceholder(text);
  if (placeholder) {
    editor.selection = new vscode.Selection(document.positionAt(placeholder.start), document.positionAt(placeholder.end));
    editor.revealRange(editor.selection);
  }
}

/** An untitled URI in the first workspace folder, under a name that no open document and no file there has. */
async function untitledUri(template: Template): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const taken = new Set(vscode.workspace.textDocuments.map((document) => document.uri.path));
  for (const name of newFileNames(template.extension)) {
    const file = folder && vscode.Uri.joinPath(folder, name);
    const uri = file ? file.with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
    if (taken.has(uri.path) || (file && (await exists(file)))) continue;
    return uri;
  }
  throw new Error('every new-term-sheet name is taken; save or close some of those sheets first');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
