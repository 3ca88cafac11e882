import { fork, type ChildProcess } from 'node:child_process';
import * as readline from 'node:readline';
import * as vscode from 'vscode';
import type * as LanguageClientLibrary from 'vscode-languageclient/node';
import type { DocumentSelector, LanguageClient, LanguageClientOptions, MessageTransports } from 'vscode-languageclient/node';
import { rulePageMiddleware } from './rule-page-middleware';
import { CONFIG_GLOB, termSheetFilters, type TermSheetFilter } from './selector';
import type { ServerState } from './status';
import { TraceChannel } from './trace-channel';
import { FOLDER_SETTINGS_OPTION, TERM_SHEETS_NOTIFICATION, TERM_SHEETS_OPTION, WORD_VIEW_SCHEME, type TermSheetsParams } from '../../server/src/lsp/protocol';

/** How long a stopped client may take to begin its restart before the status calls it failed. */
const CRASH_SETTLE_MS = 1_000;
/** How long a server may take to exit once told to, before it is ended (as the language client allows its own servers). */
const EXIT_GRACE_MS = 2_000;

/**
 * The language client library, most of dist/client.js, loaded when the server is first started: not
 * when the extension activates for a YAML or Markdown file that is no term sheet, and only once the
 * server's process has been started, so that Node boots the server while the library loads.
 */
function languageClientLibrary(): typeof LanguageClientLibrary {
  return require('vscode-languageclient/node') as typeof LanguageClientLibrary;
}

/** The extension host runs under a debugger: the server then listens for one too, as the language client's debug options did. */
function startedInDebugMode(): boolean {
  return process.execArgv.some((arg) => /^--(inspect|debug)(-brk)?(=|$)/.test(arg));
}

/** Why a server's process could not start, kept until its client's log can say so. */
const startFailures = new WeakMap<ChildProcess, Error>();

/** Starts the server (dist/server.js) over Node IPC, as the language client starts a Node module. */
function forkServer(module: string): ChildProcess {
  // The linter loads at once: `initialize` comes once the client library has loaded.
  const server = fork(module, ['--node-ipc', '--preload-linter', `--clientProcessId=${process.pid}`], {
    // Node itself, also where the extension host is Electron.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
    execArgv: startedInDebugMode() ? ['--nolazy', '--inspect=6009'] : [],
    silent: true,
  });
  // Without a listener, 'error' would throw in the extension host.
  server.on('error', (error) => startFailures.set(server, error));
  return server;
}

/** The server started by `startServerEarly`, until a client takes it. */
let earlyServer: ChildProcess | undefined;

/**
 * Starts the server's process before the extension activates (`module`: dist/server.js), for a term
 * sheet open already: VS Code loads the extension, then prepares its context (its stored state) before
 * calling `activate`, and the server boots meanwhile. The first client started takes it.
 */
export function startServerEarly(module: string): void {
  earlyServer ??= forkServer(module);
}

/**
 * The language server's lifetime: started on demand, restarted with fresh options (the document
 * selector cannot change while a client runs), and its state told to the status bar.
 */
export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeState = this.stateChanged.event;
  state: ServerState = 'stopped';
  /** Why the server failed, while `state` is 'failed'. */
  failure: string | undefined;
  // Created once and kept across restarts, so the log a user is reading stays in one place.
  private output: vscode.LogOutputChannel | undefined;
  private traceOutput: TraceChannel | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  /** The server's process, while one runs for the current client. */
  private serverProcess: ChildProcess | undefined;
  /** The open documents the server lints as term sheets, as it last said (see TERM_SHEETS_NOTIFICATION). */
  private termSheets: ReadonlySet<string> = new Set();
  private readonly termSheetsChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeTermSheets = this.termSheetsChanged.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  /** True once a start was asked for (and not given up since). */
  get isStarted(): boolean {
    return this.starting !== undefined;
  }

  /** The running client, started when needed; rejects when the server cannot start. */
  start(): Promise<LanguageClient> {
    return (this.starting ??= this.create());
  }

  /** A fresh client with the current settings and folders. */
  async restart(): Promise<LanguageClient> {
    await this.stop();
    return this.start();
  }

  /** True when the running server lints the document as a term sheet (it may be one by a config file's globs). */
  lintsAsTermSheet(uri: vscode.Uri): boolean {
    return this.termSheets.has(uri.toString());
  }

  async stop(): Promise<void> {
    this.setTermSheets([]);
    const starting = this.starting;
    const client = this.client;
    this.starting = undefined;
    this.client = undefined;
    if (client) {
      // A client cannot be stopped halfway through its start.
      await starting?.catch(() => undefined);
      // dispose() stops the server (shutdown, then exit); the output channel is ours and stays.
      await client.dispose().catch(() => undefined);
    }
    this.endServerProcess();
    this.setState('stopped');
  }

  dispose(): void {
    void this.stop();
    this.stateChanged.dispose();
    this.termSheetsChanged.dispose();
  }

  private async create(): Promise<LanguageClient> {
    // Started before the library loads, if not before activation: the server's boot and the library's
    // loading are most of what a first open waits for.
    let booting: ChildProcess | undefined = this.spawnServer();
    const { LanguageClient, State, IPCMessageReader, IPCMessageWriter } = languageClientLibrary();
    const serverOptions = (): Promise<MessageTransports> => {
      // The first start takes the process already booting; a restart after a crash starts another.
      const server = booting ?? this.spawnServer();
      booting = undefined;
      return Promise.resolve({ reader: new IPCMessageReader(server), writer: new IPCMessageWriter(server) });
    };
    const settings = vscode.workspace.getConfiguration('termsheet');
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(settings.get('files')),
      // The section pushed on a change is the workspace's; the server then asks for each folder's through
      // `workspace/configuration` with the document as `scopeUri`, which the client answers per folder as
      // long as no middleware takes over `workspace.configuration`.
      synchronize: { configurationSection: 'termsheet', fileEvents: this.configWatcher() },
      // Read before the first document arrives, so that it is linted as configured from the start.
      initializationOptions: {
        enable: settings.get('enable'),
        rules: settings.get('rules'),
        configFile: settings.get('configFile'),
        run: settings.get('run'),
        files: settings.get('files'),
        [TERM_SHEETS_OPTION]: true,
        [FOLDER_SETTINGS_OPTION]: folderSettings(),
      },
      outputChannel: this.outputChannel(),
      traceOutputChannel: this.traceChannel(),
      middleware: rulePageMiddleware(),
    };
    // The id 'termsheet' makes the client read `termsheet.trace.server` while the trace channel's level is Trace.
    const client = new LanguageClient('termsheet', 'Term Sheet', serverOptions, clientOptions);
    this.client = client;
    client.onNotification(TERM_SHEETS_NOTIFICATION, ({ uris }: TermSheetsParams) => {
      if (this.client === client) this.setTermSheets(uris);
    });
    client.onDidChangeState(({ newState }) => {
      // A client being stopped on purpose is no longer `this.client`: its Stopped state is no failure.
      if (this.client !== client) return;
      if (newState === State.Starting) this.setState('starting');
      else if (newState === State.Running) this.setState('running');
      // Stopped without being asked to: after a crash the client restarts the server at once, unless it
      // crashed too often, and then it stays stopped.
      else
        setTimeout(() => {
          if (this.client === client && client.state === State.Stopped) this.setState('failed', 'the server stopped after repeated crashes');
        }, CRASH_SETTLE_MS);
    });
    this.setState('starting');
    try {
      await client.start();
      return client;
    } catch (error) {
      // The client has already logged the failure. Forget it, so that a later open or the restart command tries again.
      if (this.client === client) {
        this.client = undefined;
        this.starting = undefined;
        this.setState('failed', error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  }

  /** The server's process for a client: the one started early, if it was and is still running, else a new one; its output in the Term Sheet log. */
  private spawnServer(): ChildProcess {
    this.endServerProcess();
    const early = earlyServer;
    earlyServer = undefined;
    const server = early && early.exitCode === null && early.signalCode === null ? early : forkServer(this.context.asAbsolutePath('dist/server.js'));
    const log = this.outputChannel();
    if (server.stdout) readline.createInterface({ input: server.stdout, crlfDelay: Infinity }).on('line', (line) => log.info(line));
    if (server.stderr) readline.createInterface({ input: server.stderr, crlfDelay: Infinity }).on('line', (line) => log.error(line));
    // A process that cannot start says why where the client's own failures go.
    const cannotStart = (error: Error) => log.error(`termsheet-lint: the language server could not start: ${error.message}`);
    const failure = startFailures.get(server);
    if (failure) cannotStart(failure);
    server.on('error', cannotStart);
    this.serverProcess = server;
    return server;
  }

  /** A server told to exit (or crashed) is given a moment to go, then ended. */
  private endServerProcess(): void {
    const server = this.serverProcess;
    this.serverProcess = undefined;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const timer = setTimeout(() => server.kill(), EXIT_GRACE_MS);
    server.once('exit', () => clearTimeout(timer));
  }

  private setTermSheets(uris: readonly string[]): void {
    if (uris.length === 0 && this.termSheets.size === 0) return;
    this.termSheets = new Set(uris);
    this.termSheetsChanged.fire();
  }

  private setState(state: ServerState, failure?: string): void {
    if (this.state === state && this.failure === failure) return;
    this.state = state;
    this.failure = state === 'failed' ? failure : undefined;
    this.stateChanged.fire();
  }

  private outputChannel(): vscode.LogOutputChannel {
    if (!this.output) {
      this.output = vscode.window.createOutputChannel('Term Sheet', { log: true });
      this.context.subscriptions.push(this.output);
    }
    return this.output;
  }

  private traceChannel(): TraceChannel {
    if (!this.traceOutput) {
      this.traceOutput = new TraceChannel();
      this.context.subscriptions.push(this.traceOutput);
    }
    return this.traceOutput;
  }

  /** Also catches edits made outside the editor (a git checkout, another tool). */
  private configWatcher(): vscode.FileSystemWatcher {
    if (!this.watcher) {
      this.watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
      this.context.subscriptions.push(this.watcher);
    }
    return this.watcher;
  }
}

/** The term-sheet filters in VS Code's form, for deciding locally whether a document is a term sheet. */
export function termSheetSelector(files: unknown): vscode.DocumentFilter[] {
  return termSheetFilters(files, folderUris()).map((filter) => ({
    scheme: filter.scheme,
    pattern: filter.baseUri ? new vscode.RelativePattern(vscode.Uri.parse(filter.baseUri), filter.glob) : filter.glob,
  }));
}

/**
 * What the client sends the server, in the protocol's form: the term sheets, config files, and any
 * Markdown or YAML file on disk, which may be a term sheet by its front matter or by a config file's
 * `files` globs (the server decides and ignores the rest).
 */
function documentSelector(files: unknown): DocumentSelector {
  return [
    ...termSheetFilters(files, folderUris()).map(protocolFilter),
    { scheme: 'file', pattern: CONFIG_GLOB },
    { scheme: 'file', language: 'markdown' },
    { scheme: 'file', language: 'yaml' },
    // Word documents' text views (Lint Word Document…).
    { scheme: WORD_VIEW_SCHEME },
  ];
}

function protocolFilter(filter: TermSheetFilter): DocumentSelector[number] {
  return { scheme: filter.scheme, pattern: filter.baseUri ? { baseUri: filter.baseUri, pattern: filter.glob } : filter.glob };
}

/**
 * Each workspace folder's resource-scoped settings, as the server would ask for them: told at the
 * start, so that the first lint need not wait for the question and its answer.
 */
function folderSettings(): Record<string, unknown> {
  return Object.fromEntries(
    (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const settings = vscode.workspace.getConfiguration('termsheet', folder.uri);
      return [folder.uri.toString(), { enable: settings.get('enable'), rules: settings.get('rules'), configFile: settings.get('configFile') }];
    }),
  );
}

function folderUris(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
}
