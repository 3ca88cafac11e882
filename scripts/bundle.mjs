// Bundles the extension client, the language server and the CLI into dist/, each a single
// CommonJS file with its runtime dependencies inlined (so the vsix ships no node_modules), minified:
// less to read and compile at every start.
// The language server is three: dist/server.js, the bin, starts dist/server-lsp.js from a code
// cache; that answers `initialize` with only the protocol library loaded (the answer is worked out
// here, at build time, from the linter as built), and loads dist/server-main.js, the linter, from a
// code cache afterwards (see server/src/lsp/server.ts). The linter uses server-lsp.js's copy of the
// protocol library rather than carrying its own: one copy to load, one set of classes on the connection.
// The CLI is two files: dist/cli.js, the bin, a small script that starts dist/cli-main.js (the
// command line itself) from a code cache (see server/src/cli/bin.ts). dist/cli.js is also the script
// of the CLI's lint worker threads (see server/src/cli/workers.ts).
// Source maps: only the command line's ships (without the sources' text), because it is the one
// file whose stack traces users see, when DEBUG is set, and the bin turns the map on for them. The
// other bundles carry no map comment, since their maps do not ship.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
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
/** The templates' sheets, which the linter lints unseen after its first lint (see server/src/lsp/warm-up.ts). */
const WARM_UP_SHEETS = await Promise.all(
  ['new.termsheet.yaml', 'new.termsheet.md'].map(async (name) => ({ name, text: await readFile(join(root, 'templates', name), 'utf8') })),
);
/** The language server's linter; the server's bin loads it. */
const SERVER_MAIN = {
  entry: 'server/src/lsp/language-server.ts',
  outfile: 'dist/server-main.js',
  sharedLsp: true,
  defines: { TERMSHEET_LINT_WARM_UP_SHEETS: JSON.stringify(WARM_UP_SHEETS) },
};
const bundles = [{ entry: 'client/src/extension.ts', outfile: 'dist/client.js', external: ['vscode'] }, SERVER_MAIN, PROGRAM];
/** Built last: they name their program's code cache by a digest of the program as built. */
const CLI_BIN = { entry: 'server/src/cli/bin.ts', outfile: 'dist/cli.js', bin: true };
/** The server itself, built once the linter is; the bin, built last, starts it. */
const SERVER_LSP = { entry: 'server/src/lsp/server.ts', outfile: 'dist/server-lsp.js' };
const SERVER_BIN = { entry: 'server/src/lsp/server-bin.ts', outfile: 'dist/server.js', bin: true };

/** The global symbol's key under which the server's bin hands its protocol library to the linter. */
const SHARED_LSP = 'termsheet-lint.vscode-languageserver';
/** The linter's imports of the protocol library, resolved to the bin's copy. */
const sharedLsp = {
  name: 'shared-vscode-languageserver',
  setup(builder) {
    builder.onResolve({ filter: /^vscode-languageserver$/ }, () => ({ path: 'vscode-languageserver', namespace: 'shared-lsp' }));
    builder.onLoad({ filter: /.*/, namespace: 'shared-lsp' }, () => ({
      contents: `module.exports = globalThis[Symbol.for(${JSON.stringify(SHARED_LSP)})];`,
      loader: 'js',
    }));
  },
};

const missing = [...bundles, CLI_BIN, SERVER_LSP, SERVER_BIN].filter((bundle) => !existsSync(join(root, bundle.entry)));
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
    plugins: spec.sharedLsp ? [sharedLsp] : [],
    define: {
      TERMSHEET_LINT_VERSION: JSON.stringify(version),
      TERMSHEET_LINT_REPOSITORY: JSON.stringify(repositoryUrl),
      ...spec.defines,
      ...defines,
    },
    logLevel: 'warning',
  });
  if (spec.bin) await chmod(outfile, 0o755);
}

/** A digest of a built file, to name its code cache by. */
async function digestOf(spec) {
  return createHash('sha256')
    .update(await readFile(join(root, spec.outfile)))
    .digest('hex')
    .slice(0, 16);
}

/** What the linter as built answers to `initialize`: the same for every client. */
function initializeResult() {
  const require = createRequire(import.meta.url);
  globalThis[Symbol.for(SHARED_LSP)] = require('vscode-languageserver/node');
  return require(join(root, SERVER_MAIN.outfile)).initializeResult();
}

try {
  await Promise.all(bundles.map((spec) => bundle(spec)));
  const serverLsp = bundle(SERVER_LSP, {
    TERMSHEET_LINT_SERVER_DIGEST: JSON.stringify(await digestOf(SERVER_MAIN)),
    TERMSHEET_LINT_SHARED_LSP: JSON.stringify(SHARED_LSP),
    TERMSHEET_LINT_INITIALIZE_RESULT: JSON.stringify(initializeResult()),
  });
  await Promise.all([bundle(CLI_BIN, { TERMSHEET_LINT_PROGRAM_DIGEST: JSON.stringify(await digestOf(PROGRAM)) }), serverLsp]);
  await bundle(SERVER_BIN, { TERMSHEET_LINT_SERVER_LSP_DIGEST: JSON.stringify(await digestOf(SERVER_LSP)) });
} catch {
  // esbuild has already printed the errors with their locations.
  process.exit(1);
}
