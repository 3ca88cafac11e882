/**
 * Runs a CommonJS program with V8's code cache, for Node versions without `module.enableCompileCache`
 * (before 22.1). Compiling the command line's JavaScript is most of what a run on one file costs
 * above Node's own start; the cache skips the compile, and since it is written when a run ends, it
 * holds the functions that run compiled on the way too, not just the top level.
 *
 * The cache is a file per build of the program and Node version, in a folder of the user's own. It
 * is only ever a shortcut: a folder that cannot be made or written, a file that is missing, cut
 * short or damaged, or one V8 rejects means the program is compiled as usual.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';

/** The names of the cache files this module writes for a program named `name`. */
const cacheFilePattern = (name: string) => new RegExp(`^${name}-[0-9a-f]+-\\d+-node.*\\.v8cache$`);

/**
 * The folder for the cache: `$XDG_CACHE_HOME/termsheet-lint` when set, else the platform's per-user
 * cache folder. Undefined when there is no home folder to put it in.
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'termsheet-lint');
  if (platform === 'win32' && env.LOCALAPPDATA && path.win32.isAbsolute(env.LOCALAPPDATA)) return path.win32.join(env.LOCALAPPDATA, 'termsheet-lint', 'Cache');
  let home: string;
  try {
    home = os.homedir();
  } catch {
    return undefined; // No HOME and no entry in the user database.
  }
  if (!home || !path.isAbsolute(home)) return undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'termsheet-lint');
  return path.join(home, '.cache', 'termsheet-lint');
}

/** Where `runWithCodeCache` finds the program and keeps its cache. */
export interface CachedProgram {
  /** The CommonJS program. */
  file: string;
  /** What the program sees as its `__filename`. */
  asFile: string;
  /** The `require` the program gets: one that resolves modules as from its own folder. */
  require: NodeJS.Require;
  /** Names the program's text: a digest of it, made when it was built. */
  buildKey: string;
  /** Undefined: run without a cache. */
  folder: string | undefined;
  /** Starts the cache file's name, so that programs sharing the folder keep a cache each: 'cli' when not given. */
  name?: string;
}

type EnableCompileCache = (directory?: string) => unknown;

/**
 * Loads the program with its compiled code cached between runs: Node's own compile cache where Node
 * has one (22.1 and later), V8's code cache (`runWithCodeCache`) before that. Returns its exports.
 */
export function requireCached(program: CachedProgram): unknown {
  const enableCompileCache = (require('node:module') as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enableCompileCache === 'function') {
    if (program.folder !== undefined) enableCompileCache(program.folder);
    return program.require(program.file);
  }
  return runWithCodeCache(program);
}

/**
 * Runs the program as `require` would, compiled from the cache when there is a good one. A cache is
 * written when the process exits with code 0 or 1 (a run that did its work, so that the functions of
 * a lint are in it) and there was none to use, or V8 rejected it.
 */
export function runWithCodeCache({ file, asFile, require: programRequire, buildKey, folder, name = 'cli' }: CachedProgram): unknown {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = folder === undefined ? undefined : path.join(folder, cacheFileName(name, file, buildKey));
  let cachedData: Buffer | undefined;
  if (cacheFile !== undefined) {
    // V8 trusts a code cache's contents: bytes damaged on disk make it abort the process rather than
    // reject them, unless it checks the checksum it writes into every cache, which release builds of
    // Node skip. The flag is part of what V8 checks a cache against, so a cache is always written and
    // read with it on.
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--verify-snapshot-checksum');
    cachedData = readOwnCache(cacheFile);
  }
  // The same wrapper as Node's own CommonJS loader: the program cannot tell the difference.
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapper, { filename: file, cachedData });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    process.once('exit', (code) => {
      if (code === 0 || code === 1) writeCache(cacheFile, script, cacheFilePattern(name));
    });
  }
  const program = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  program.call(module.exports, module.exports, programRequire, module, asFile, path.dirname(asFile));
  return module.exports;
}

/**
 * The build's digest, the program file's time of change (a file edited after the build, by a patch
 * say, must not run another text's code) and the Node that compiles it. V8 checks the text's length
 * and its own version and flags itself.
 */
function cacheFileName(name: string, file: string, buildKey: string): string {
  const changed = Math.trunc(fs.statSync(file).mtimeMs);
  return `${name}-${buildKey}-${changed}-node${process.version.slice(1)}-${process.arch}.v8cache`;
}

/**
 * The cache, when there is one and it is the user's own: compiled code is code to run, so a file
 * another user could have written (a cache folder shared by mistake) is not used.
 */
function readOwnCache(file: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(file, 'r');
    const { uid, mode } = fs.fstatSync(descriptor);
    if (process.getuid !== undefined && (uid !== process.getuid() || (mode & 0o022) !== 0)) return undefined;
    return fs.readFileSync(descriptor);
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/**
 * Writes the cache beside a temporary name and renames it into place, so that a process reading it
 * at the same time sees all of it or none, then removes the others (other builds, other Node
 * versions): the folder holds one cache, not one per release ever run. Any failure leaves the run
 * as it was: the cache is an optimisation.
 */
function writeCache(cacheFile: string, script: Script, ownFiles: RegExp): void {
  try {
    // A thread that lints part of a large run leaves the cache to the main thread, which ends last.
    if (!(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) return;
    const data = script.createCachedData();
    const folder = path.dirname(cacheFile);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, data, { mode: 0o600 });
      fs.renameSync(temporary, cacheFile);
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    for (const name of fs.readdirSync(folder)) {
      if (ownFiles.test(name) && name !== path.basename(cacheFile)) fs.rmSync(path.join(folder, name), { force: true });
    }
  } catch {
    // Unwritable, full or gone: the next run compiles as this one did.
  }
}
