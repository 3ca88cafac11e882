import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

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
