// code-server (VS Code 1.100's workbench and a real Node extension host, served to a browser),
// started in a throw-away run folder so that nothing leaks between runs or into the machine's
// own VS Code / code-server state.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** test/e2e, from its build output test/e2e/out. */
export const E2E_DIR = path.resolve(__dirname, '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '../..');
const ENTRY = path.join(E2E_DIR, 'node_modules/code-server/out/node/entry.js');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/** The user settings of every run: no welcome page, tips, telemetry or other background work. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  // Reading the Problems panel walks its rows; the editor must not follow them.
  'problems.autoReveal': false,
};

/** A fresh folder for one run: `test/e2e/.runs/<name>` (git-ignored), emptied first. */
export class RunFolder {
  readonly root: string;

  constructor(name: string) {
    this.root = path.join(E2E_DIR, '.runs', name);
    fs.rmSync(this.root, { recursive: true, force: true });
    fs.mkdirSync(this.root, { recursive: true });
  }

  dir(...parts: string[]): string {
    const dir = path.join(this.root, ...parts);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }
}

/** The environment of code-server and of its CLI: every XDG directory inside the run folder. */
function isolatedEnv(run: RunFolder, runtimeDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: run.dir('xdg/config'),
    XDG_DATA_HOME: run.dir('xdg/data'),
    XDG_CACHE_HOME: run.dir('xdg/cache'),
    XDG_STATE_HOME: run.dir('xdg/state'),
    XDG_RUNTIME_DIR: runtimeDir,
    // A marketplace that refuses connections: no extension is ever looked up or fetched.
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: 'http://127.0.0.1:9/gallery',
      itemUrl: 'http://127.0.0.1:9/item',
      resourceUrlTemplate: 'http://127.0.0.1:9/resource',
    }),
  };
}

/** Flags shared by the server and its CLI: where the config, the settings and the extensions live. */
function dirArgs(run: RunFolder): string[] {
  const config = path.join(run.root, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const userData = run.dir('user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return ['--config', config, '--user-data-dir', userData, '--extensions-dir', run.dir('extensions')];
}

/**
 * The socket directory. Unix socket paths are limited to 107 bytes and VS Code names its sockets
 * `vscode-ipc-<uuid>.sock`, which does not fit under a deep checkout; so it is a short private
 * folder of its own, removed when the server stops.
 */
function runtimeDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tsl-e2e-'));
}

/** `code-server --install-extension <vsix>` into the run's extensions folder; returns what it printed. */
export function installExtension(run: RunFolder, vsix: string): string {
  const runtime = runtimeDir();
  try {
    const result = spawnSync(process.execPath, [ENTRY, ...dirArgs(run), '--install-extension', vsix], {
      env: isolatedEnv(run, runtime),
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`code-server --install-extension exited with ${result.status}:\n${output}`);
    return output;
  } finally {
    fs.rmSync(runtime, { recursive: true, force: true });
  }
}

export class CodeServer {
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly runtime: string,
    readonly logFile: string,
  ) {
    this.exit = new Promise((resolve) => child.once('exit', () => resolve()));
    void this.exit.then(() => (this.exited = true));
  }

  /** Starts code-server on 127.0.0.1 and a free port (it picks one: bind-addr port 0), in its own process group. */
  static async start(run: RunFolder): Promise<CodeServer> {
    if (!fs.existsSync(ENTRY)) throw new Error(`code-server is not installed: run test/e2e/install.sh (${ENTRY} is missing)`);
    const runtime = runtimeDir();
    const logFile = path.join(run.root, 'code-server.log');
    const log = fs.openSync(logFile, 'w');
    const args = [
      ENTRY,
      ...dirArgs(run),
      '--bind-addr',
      '127.0.0.1:0',
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ];
    // detached: a process group of its own, so that stop() reaches the extension host and the
    // language server it started too.
    const child = spawn(process.execPath, args, { env: isolatedEnv(run, runtime), detached: true, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    killOnExit.add(child);
    const server = new CodeServer(child, await listeningPort(child, logFile), runtime, logFile);
    return server;
  }

  /** The workbench, opening `folder`; `payload` entries go to the workbench as `?payload=`. */
  workbenchUrl(folder: string, payload?: [string, string][]): string {
    const query = new URLSearchParams({ folder });
    if (payload) query.set('payload', JSON.stringify(payload));
    return `http://127.0.0.1:${this.port}/?${query}`;
  }

  /** A path on this machine as the workbench addresses it through the server. */
  remoteUri(absolutePath: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${absolutePath}`;
  }

  /** Stops the whole process group (server, extension host, language server): TERM, then KILL. */
  async stop(): Promise<void> {
    const group = -this.child.pid!;
    signalGroup(group, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (groupAlive(group) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (groupAlive(group)) signalGroup(group, 'SIGKILL');
    if (!this.exited) await this.exit;
    killOnExit.delete(this.child);
    fs.rmSync(this.runtime, { recursive: true, force: true });
  }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(group, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function groupAlive(group: number): boolean {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Servers still running when the test process ends (a crash, a timeout) are killed with their group. */
const killOnExit = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of killOnExit) signalGroup(-child.pid!, 'SIGKILL');
});

/** Reads the port from the server's log line "HTTP server listening on http://127.0.0.1:<port>/". */
async function listeningPort(child: ChildProcess, logFile: string): Promise<number> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const log = fs.readFileSync(logFile, 'utf8');
    const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
    if (match) return Number(match[1]);
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      signalGroup(-child.pid!, 'SIGKILL');
      throw new Error(`code-server did not start (exit ${child.exitCode ?? child.signalCode ?? 'timeout'}):\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
