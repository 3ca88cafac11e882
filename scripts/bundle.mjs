// Bundles the extension client, the language server and the CLI into dist/, each a single
// CommonJS file with its runtime dependencies inlined (so the vsix ships no node_modules), minified:
// less to read and compile at every start.
// The CLI is two files: dist/cli.js, the bin, a small script that starts dist/cli-main.js (the
// command line itself) from a code cache (see server/src/cli/bin.ts). dist/cli.js is also the script
// of the CLI's lint worker threads (see server/src/cli/workers.ts).
// Source maps: only the command line's ships (without the sources' text), because it is the one
// file whose stack traces users see, when DEBUG is set, and the bin turns the map on for them. The
// other bundles carry no map comment, since their maps do not ship.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version, repository } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
/** The repository's web address, for SARIF's `informationUri`. */
const repositoryUrl = (typeof repository === 'string' ? repository : (repository?.url ?? '')).replace(/^git\+/, '').replace(/\.git$/, '');

const BIN_BANNER = { js: '#!/usr/bin/env node' };

/** The command line itself; the bin starts it. */
const PROGRAM = { entry: 'server/src/cli/main.ts', outfile: 'dist/cli-main.js', sourcemap: true };
const bundles = [
  { entry: 'client/src/extension.ts', outfile: 'dist/client.js', external: ['vscode'] },
  { entry: 'server/src/lsp/server.ts', outfile: 'dist/server.js', bin: true },
  PROGRAM,
];
/** Built last: it names the program's code cache by a digest of the program as built. */
const CLI_BIN = { entry: 'server/src/cli/bin.ts', outfile: 'dist/cli.js', bin: true };

const missing = [...bundles, CLI_BIN].filter((bundle) => !existsSync(join(root, bundle.entry)));
if (missing.length > 0) {
  console.error(`bundle: missing entry point(s): ${missing.map((bundle) => bundle.entry).join(', ')}`);
  process.exit(1);
}

async function bundle(spec, defines = {}) {
  const outfile = join(root, spec.outfile);
  await build({
    absWorkingDir: root,
    entryPoints: [spec.entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: spec.sourcemap ? 'linked' : false,
    sourcesContent: false,
    minify: true,
    external: spec.external ?? [],
    banner: spec.bin ? BIN_BANNER : undefined,
    define: { TERMSHEET_LINT_VERSION: JSON.stringify(version), TERMSHEET_LINT_REPOSITORY: JSON.stringify(repositoryUrl), ...defines },
    logLevel: 'warning',
  });
  if (spec.bin) await chmod(outfile, 0o755);
}

try {
  await Promise.all(bundles.map((spec) => bundle(spec)));
  const programDigest = createHash('sha256')
    .update(await readFile(join(root, PROGRAM.outfile)))
    .digest('hex')
    .slice(0, 16);
  await bundle(CLI_BIN, { TERMSHEET_LINT_PROGRAM_DIGEST: JSON.stringify(programDigest) });
} catch {
  // esbuild has already printed the errors with their locations.
  process.exit(1);
}
