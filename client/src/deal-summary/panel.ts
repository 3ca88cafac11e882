import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { DEAL_SUMMARY_REQUEST, type DealSummary, type DealSummaryParams } from '../../../server/src/lsp/protocol';
import { renderDealSummary, renderMessage, type RenderOptions } from './render';

export const SHOW_DEAL_SUMMARY_COMMAND = 'termsheet.showDealSummary';
const VIEW_TYPE = 'termsheet.dealSummary';
/** Typing fires many changes and diagnostics; the panel redraws once they settle. */
const REFRESH_DELAY_MS = 300;

/** The running language client, starting it first when needed; undefined when it cannot run. */
export type ClientProvider = () => Promise<BaseLanguageClient | undefined>;

/** Registers `termsheet.showDealSummary`: one panel, following the active term sheet. */
export function registerDealSummary(context: vscode.ExtensionContext, getClient: ClientProvider): void {
  let panel: DealSummaryPanel | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_DEAL_SUMMARY_COMMAND, async (uri?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (panel) panel.reveal();
      else {
        panel = new DealSummaryPanel(getClient);
        panel.onDispose(() => (panel = undefined));
      }
      panel.follow(document);
    }),
    { dispose: () => panel?.dispose() },
  );
}

class DealSummaryPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The term sheet shown, once one was; the panel keeps it while other editors are active. */
  private shown: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Answers to earlier requests that arrive after a later one are dropped. */
  private generation = 0;
  /** A refresh came while the panel was hidden: done when it shows again. */
  private stale = false;
  private disposed = false;

  constructor(private readonly getClient: ClientProvider) {
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Deal Summary',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // Nothing runs in the page and it loads nothing: all it shows is in its HTML.
      { enableScripts: false, enableCommandUris: false, localResourceRoots: [] },
    );
    this.show((options) => renderMessage('Loading the deal summary…', options), 'Deal Summary');
    this.subscriptions.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.stale) this.scheduleRefresh(0);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.follow(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isShown(event.document.uri)) this.scheduleRefresh();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => this.isShown(uri))) this.scheduleRefresh();
      }),
    );
  }

  onDispose(listener: () => void): void {
    this.subscriptions.push(this.panel.onDidDispose(listener));
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Shows `document` when it is a term sheet; anything else leaves the sheet shown in place. */
  follow(document: vscode.TextDocument | undefined): void {
    if (!document || !['file', 'untitled'].includes(document.uri.scheme)) {
      if (!this.shown)
        this.show((options) => renderMessage('Open a term sheet (*.termsheet.yaml or *.termsheet.md) to see its deal summary.', options), 'Deal Summary');
      return;
    }
    if (this.isShown(document.uri)) return this.scheduleRefresh(0);
    void this.load(document.uri, true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    const subscriptions = this.subscriptions.splice(0);
    this.panel.dispose();
    for (const subscription of subscriptions) subscription.dispose();
  }

  private isShown(uri: vscode.Uri): boolean {
    return this.shown !== undefined && this.shown.toString() === uri.toString();
  }

  private scheduleRefresh(delay = REFRESH_DELAY_MS): void {
    if (this.disposed || !this.shown) return;
    clearTimeout(this.timer);
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    const uri = this.shown;
    this.timer = setTimeout(() => void this.load(uri, false), delay);
  }

  /**
   * Asks the server for the summary of `uri`. A document that turns out not to be a term sheet is
   * shown only when nothing else is (`switching` is true for a newly active editor).
   */
  private async load(uri: vscode.Uri, switching: boolean): Promise<void> {
    const generation = ++this.generation;
    this.stale = false;
    let summary: DealSummary | null;
    try {
      const client = await this.getClient();
      if (!client) {
        if (generation === this.generation) this.show((options) => renderMessage('The term-sheet language server is not running.', options), 'Deal Summary');
        return;
      }
      const params: DealSummaryParams = { uri: client.code2ProtocolConverter.asUri(uri) };
      summary = await client.sendRequest<DealSummary | null>(DEAL_SUMMARY_REQUEST, params);
    } catch (error) {
      if (generation === this.generation)
        this.show(
          (options) => renderMessage(`The deal summary could not be computed: ${error instanceof Error ? error.message : String(error)}`, options),
          'Deal Summary',
        );
      return;
    }
    if (generation !== this.generation) return;
    if (!summary) {
      if (!switching && this.isShown(uri)) {
        // Closed, or no longer a term sheet (its front matter was removed): nothing current to show.
        this.shown = undefined;
        this.show((options) => renderMessage(`${displayName(uri)} is no longer open as a term sheet.`, options), 'Deal Summary');
      } else if (!this.shown) {
        this.show(
          (options) => renderMessage('The active editor is not a term sheet. Open a *.termsheet.yaml or *.termsheet.md file.', options),
          'Deal Summary',
        );
      } else {
        // Not a term sheet: the panel keeps the one it shows, refreshed in case this request superseded its update.
        this.scheduleRefresh(0);
      }
      return;
    }
    this.shown = uri;
    this.show((options) => renderDealSummary(summary, options), `Deal Summary: ${summary.title}`);
  }

  /** Renders the page with a fresh nonce; a request that answers after the user closed the panel shows nothing. */
  private show(render: (options: RenderOptions) => string, title: string): void {
    if (this.disposed) return;
    this.panel.title = title;
    this.panel.webview.html = render({ cspSource: this.panel.webview.cspSource, nonce: randomBytes(16).toString('base64') });
  }
}

function displayName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
