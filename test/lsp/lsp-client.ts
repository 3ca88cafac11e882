import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  UnregistrationRequest,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  type ClientCapabilities,
  type CodeActionContext,
  type ConfigurationItem,
  type ConfigurationParams,
  type CodeLens,
  type DocumentSymbol,
  type FoldingRange,
  type ShowDocumentParams,
  type SymbolInformation,
  WorkDoneProgressCancelNotification,
  WorkDoneProgressCreateRequest,
  type ProgressToken,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type FileEvent,
  type InitializeParams,
  type Registration,
  type ShowMessageParams,
  type WorkspaceFoldersChangeEvent,
  type CodeAction,
  type Command,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

/** The compiled server entry, from `out/test/lsp/` to `out/server/src/lsp/`. */
export const SERVER_PATH = path.join(__dirname, '../../server/src/lsp/server.js');

export const DEFAULT_TIMEOUT_MS = 10_000;

interface DiagnosticsWaiter {
  uri: string;
  predicate: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

/** A minimal LSP client driving the real server in a child process. */
export class LspTestClient {
  /** Every publishDiagnostics received, per URI, oldest first. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly logMessages: LogMessageParams[] = [];
  readonly shownMessages: ShowMessageParams[] = [];
  /** Capabilities the server registered dynamically (`client/registerCapability`). */
  readonly registrations: Registration[] = [];
  /** The ids of the registrations the server withdrew. */
  readonly unregistrations: string[] = [];
  /** Every `workspace/applyEdit` the server sent, oldest first. */
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  /** The answer to the next `workspace/applyEdit` requests; a test sets `applied: false` to play a client that refuses. */
  applyEditAnswer: ApplyWorkspaceEditResult = { applied: true };
  /** Every `window/showDocument` the server sent, oldest first. */
  readonly shownDocuments: ShowDocumentParams[] = [];
  /** Work-done progress tokens the server created (`window/workDoneProgress/create`). */
  readonly progressTokens: ProgressToken[] = [];
  /** Every work-done progress notification (`$/progress`), oldest first. */
  readonly progress: { token: ProgressToken; value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }[] = [];
  /** Every notification this client has no handler of its own for (the server's custom ones), oldest first. */
  readonly customNotifications: { method: string; params: unknown }[] = [];
  /** Every `workspace/configuration` the server sent, oldest first. */
  readonly configurationRequests: ConfigurationParams[] = [];
  /** The answer to each item of a `workspace/configuration`; null by default, as from a client that has no such settings. */
  configurationAnswer: (item: ConfigurationItem) => unknown = () => null;
  /** Called on each `$/progress`, after it is recorded (a test may cancel from here). */
  onProgress?: (token: ProgressToken, value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => void;
  stderr = '';
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;

  private readonly versions = new Map<string, number>();
  private waiters: DiagnosticsWaiter[] = [];
  private readonly exited: Promise<void>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        resolve();
      });
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onDiagnostics(params));
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logMessages.push(params);
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shownMessages.push(params);
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    connection.onRequest(UnregistrationRequest.type, (params) => {
      this.unregistrations.push(...params.unregisterations.map((unregistration) => unregistration.id));
    });
    // Edits are recorded, not applied: the test applies them to its own copy of the text and sends the change.
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.applyEditRequests.push(params);
      return this.applyEditAnswer;
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => this.configurationAnswer(item));
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressTokens.push(params.token);
    });
    // By method name: this client follows every token, not only those it registered a handler for.
    connection.onNotification('$/progress', (params: { token: ProgressToken; value: unknown }) => {
      const value = params.value as WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
      this.progress.push({ token: params.token, value });
      this.onProgress?.(params.token, value);
    });
    connection.onNotification((method: string, params: unknown) => {
      this.customNotifications.push({ method, params });
    });
    // Write failures once the server is gone are reported through `exited`, to the waiting test.
    connection.onError(() => undefined);
    connection.listen();
  }

  /** The server over stdin/stdout, as editors start `termsheet-language-server --stdio`; `serverPath` picks another build of it, `args` and `env` add to its command line and environment. */
  static stdio(serverPath = SERVER_PATH, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): LspTestClient {
    const child = spawn(process.execPath, [serverPath, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspTestClient(child, connection);
  }

  /** The server over Node IPC, as the VS Code client starts it. */
  static nodeIpc(): LspTestClient {
    const child = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    return new LspTestClient(child, connection);
  }

  get alive(): boolean {
    return this.exitCode === null && this.exitSignal === null;
  }

  /** `params` adds to or overrides the initialize parameters (workspaceFolders, rootUri). */
  async initialize(
    initializationOptions: Record<string, unknown> = { debounceMs: 10 },
    capabilities: ClientCapabilities = {},
    params: Partial<InitializeParams> = {},
  ): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions,
      ...params,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'yaml', version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Sends a change (the whole new text, or explicit content changes) and returns the new version. */
  async change(uri: string, change: string | TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const contentChanges = typeof change === 'string' ? [{ text: change }] : change;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async changeWatchedFiles(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeWorkspaceFolders(event: WorkspaceFoldersChangeEvent): Promise<void> {
    await this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event });
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** The most recent diagnostics published for `uri`. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri)?.at(-1);
  }

  /**
   * Resolves with the first publication for `uri` that satisfies `predicate`, counting the latest
   * one already received; rejects after `timeoutMs` or when the server exits.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<PublishDiagnosticsParams> {
    const latest = this.latest(uri);
    if (latest && predicate(latest)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const waiter: DiagnosticsWaiter = {
        uri,
        predicate,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      };
      const fail = (why: string) => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((other) => other !== waiter);
        const seen = (this.published.get(uri) ?? []).map((params) => `v${params.version}: ${params.diagnostics.map((d) => d.code).join(', ') || '(none)'}`);
        reject(new Error(`${why} waiting for diagnostics on ${uri}; received: [${seen.join(' | ')}]; stderr: ${this.stderr.slice(-2000)}`));
      };
      const timer = setTimeout(() => fail(`Timed out after ${timeoutMs} ms`), timeoutMs);
      void this.exited.then(() => fail(`Server exited (code ${this.exitCode}, signal ${this.exitSignal})`));
      this.waiters.push(waiter);
    });
  }

  /** Waits until the latest custom notification `method` satisfies `predicate` (each one states the whole of something), and returns its params; rejects after `timeoutMs`. */
  async waitForNotification<P>(method: string, predicate: (params: P) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<P> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.customNotifications.filter((notification) => notification.method === method).at(-1);
      if (latest && predicate(latest.params as P)) return latest.params as P;
      if (Date.now() > deadline || !this.alive) {
        throw new Error(`No ${method} as expected within ${timeoutMs} ms; the last: ${JSON.stringify(latest?.params)}; stderr: ${this.stderr.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits until the registrations in force (registered, not withdrawn) of `method` satisfy `predicate`, and returns them; rejects after `timeoutMs`. */
  async waitForRegistrations(method: string, predicate: (registrations: Registration[]) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Registration[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const inForce = this.registrations.filter((registration) => registration.method === method && !this.unregistrations.includes(registration.id));
      if (predicate(inForce)) return inForce;
      if (Date.now() > deadline || !this.alive) {
        throw new Error(
          `No ${method} registrations as expected within ${timeoutMs} ms; in force: ${JSON.stringify(inForce)}; stderr: ${this.stderr.slice(-2000)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the diagnostics of the version last sent for `uri`. */
  diagnosticsForCurrentVersion(uri: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    return this.waitForDiagnostics(uri, (params) => params.version === version, timeoutMs).then((params) => params.diagnostics);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** The completion items at a position (a CompletionList's items, or the plain array). */
  async completion(uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> {
    const context = triggerCharacter === undefined ? { triggerKind: 1 as const } : { triggerKind: 2 as const, triggerCharacter };
    const result: CompletionItem[] | CompletionList | null = await this.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context,
    });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  codeAction(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(Command | CodeAction)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  /** `context` adds to the diagnostics (`only`, `triggerKind`). */
  codeActionWithContext(uri: string, range: Range, context: CodeActionContext): Promise<(Command | CodeAction)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  }

  codeLenses(uri: string): Promise<CodeLens[] | null> {
    return this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  }

  /** A request outside the typed helpers (the server's own `termsheet/…` requests). */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** `workspace/executeCommand`; `workDoneToken` asks for progress on a token the client chose. */
  executeCommand<R>(command: string, args: unknown[] = [], workDoneToken?: ProgressToken): Promise<R> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args, workDoneToken }) as Promise<R>;
  }

  /** What a user's click on a progress notification's Cancel sends. */
  async cancelProgress(token: ProgressToken): Promise<void> {
    await this.connection.sendNotification(WorkDoneProgressCancelNotification.type, { token });
  }

  /** The polite end: shutdown, exit, and wait for the process to go. */
  async shutdown(timeoutMs = 5_000): Promise<void> {
    if (!this.alive) return;
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    this.kill();
  }

  /** The end for `after()`: the polite shutdown where the server still answers, and a kill in any case. */
  async stop(): Promise<void> {
    await this.shutdown().catch(() => undefined);
    this.kill();
  }

  /** Always safe to call; used in `after()` so no server outlives its test file. */
  kill(): void {
    this.connection.dispose();
    if (this.alive) this.child.kill('SIGKILL');
  }

  private onDiagnostics(params: PublishDiagnosticsParams): void {
    const list = this.published.get(params.uri) ?? [];
    list.push(params);
    this.published.set(params.uri, list);
    const ready = this.waiters.filter((waiter) => waiter.uri === params.uri && waiter.predicate(params));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(params);
  }
}
