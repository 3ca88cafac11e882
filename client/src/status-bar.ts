import * as vscode from 'vscode';
import type { ServerConnection } from './server-connection';
import { countProblems, statusView } from './status';

const SEVERITIES = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning };

/** The status item of the active term sheet: its errors and warnings, and whether the server is busy or has failed. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('termsheet.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[] = [];
  private workspaceLints = 0;

  constructor(
    private readonly server: ServerConnection,
    private readonly isTermSheet: (document: vscode.TextDocument) => boolean,
  ) {
    this.item.name = 'Term Sheet';
    this.subscriptions.push(
      this.item,
      server.onDidChangeState(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.refresh();
      }),
    );
    this.refresh();
  }

  /** Shows the spinner while `work` runs (a workspace lint). */
  async busyWhile<T>(work: () => Promise<T>): Promise<T> {
    this.workspaceLints++;
    this.refresh();
    try {
      return await work();
    } finally {
      this.workspaceLints--;
      this.refresh();
    }
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.isTermSheet(document)) {
      this.item.hide();
      return;
    }
    const view = statusView({
      server: this.server.state,
      failure: this.server.failure,
      linting: this.workspaceLints > 0,
      counts: countProblems(vscode.languages.getDiagnostics(document.uri), SEVERITIES),
    });
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.failed ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.command = view.click === 'restart' ? 'termsheet.restartServer' : 'workbench.actions.view.problems';
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
