import * as vscode from 'vscode';

/** The setting that turns the protocol trace on: off, messages or verbose. */
export const TRACE_SETTING = 'termsheet.trace.server';
export const TRACE_CHANNEL_NAME = 'Term Sheet Trace';

/**
 * The language client's trace output, driven by `termsheet.trace.server`. The client traces only
 * while its trace channel's log level is Trace, and reads the setting only then; a log channel's level
 * is the user's to set (Developer: Set Log Level), so with one the setting alone does nothing. This
 * channel's level follows the setting instead (Trace for messages and verbose, Off for off), and it
 * writes to a plain output channel, made on the first line traced, where every line shows.
 */
export class TraceChannel implements vscode.LogOutputChannel {
  readonly name = TRACE_CHANNEL_NAME;
  private channel: vscode.OutputChannel | undefined;
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  readonly onDidChangeLogLevel = this.levelChanged.event;
  private level = traceLevel();
  private readonly settingWatch = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(TRACE_SETTING)) return;
    const level = traceLevel();
    if (level === this.level) return;
    this.level = level;
    this.levelChanged.fire(level);
  });

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  /** Each message with the time it was traced, to the millisecond: the trace is how delays are found. */
  trace(message: string): void {
    if (this.level === vscode.LogLevel.Trace) this.appendLine(`[Trace - ${new Date().toISOString().slice(11, 23)}] ${message}`);
  }
  debug(message: string): void {
    this.appendLine(message);
  }
  info(message: string): void {
    this.appendLine(message);
  }
  warn(message: string): void {
    this.appendLine(message);
  }
  error(error: string | Error): void {
    this.appendLine(error instanceof Error ? (error.stack ?? error.message) : error);
  }
  append(value: string): void {
    this.output().append(value);
  }
  appendLine(value: string): void {
    this.output().appendLine(value);
  }
  replace(value: string): void {
    this.output().replace(value);
  }
  clear(): void {
    this.channel?.clear();
  }
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') this.output().show(columnOrPreserveFocus);
    else this.output().show(preserveFocus);
  }
  hide(): void {
    this.channel?.hide();
  }
  dispose(): void {
    this.settingWatch.dispose();
    this.levelChanged.dispose();
    this.channel?.dispose();
  }

  private output(): vscode.OutputChannel {
    return (this.channel ??= vscode.window.createOutputChannel(TRACE_CHANNEL_NAME));
  }
}

function traceLevel(): vscode.LogLevel {
  const setting = vscode.workspace.getConfiguration().get<string>(TRACE_SETTING, 'off');
  return setting === 'messages' || setting === 'verbose' ? vscode.LogLevel.Trace : vscode.LogLevel.Off;
}
