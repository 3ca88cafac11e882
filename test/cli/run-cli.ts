import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before } from 'node:test';

/** The repository root, from out/test/cli/. */
export const ROOT = path.resolve(__dirname, '../../..');
/** The built bin: what users run, so what the tests run. */
export const CLI = path.join(ROOT, 'dist/cli.js');
/** Fixtures stay in the source tree; tsc does not copy them to out/. */
export const FIXTURES = path.join(ROOT, 'test/cli/fixtures');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundle in a child process with an environment free of colour and debug switches unless given;
 * `input` is piped to its standard input (which is otherwise an empty pipe).
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'DEBUG', 'NODE_TEST_CONTEXT', 'NODE_OPTIONS']) delete env[name];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    input: options.input,
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/**
 * A temporary folder for the calling test file, made before its tests and removed after them:
 * `tree(name, files)` writes files (path in the folder → text) under a fresh folder of it and returns that folder.
 */
export function temporaryTree(prefix: string): { root: () => string; tree: (name: string, files: Record<string, string>) => string } {
  let root = '';
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  return {
    root: () => root,
    tree: (name, files) => {
      const base = path.join(root, name);
      fs.mkdirSync(base, { recursive: true });
      for (const [relative, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(base, relative)), { recursive: true });
        fs.writeFileSync(path.join(base, relative), text);
      }
      return base;
    },
  };
}
