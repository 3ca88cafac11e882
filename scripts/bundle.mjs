// Bundles the extension client, the language server and the CLI into dist/, each a single
// CommonJS file with its runtime dependencies inlined (so the vsix ships no node_modules).
// dist/cli.js is also the script of the CLI's lint worker threads (see server/src/cli/workers.ts).
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version, repository } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
/** The repository's web address, for SARIF's `informationUri`. */
const repositoryUrl = (typeof repository === 'string' ? repository : (repository?.url ?? '')).replace(/^git\+/, '').replace(/\.git$/, '');

const BIN_BANNER = { js: '#!/usr/bin/env node' };

const bundles = [
  { entry: 'client/src/extension.ts', outfile: 'dist/client.js', external: ['vscode'] },
  { entry: 'server/src/lsp/server.ts', outfile: 'dist/server.js', bin: true },
  { entry: 'server/src/cli/main.ts', outfile: 'dist/cli.js', bin: true },
];

const missing = bundles.filter((bundle) => !existsSync(join(root, bundle.entry)));
if (missing.length > 0) {
  console.error(`bundle: missing entry point(s): ${missing.map((bundle) => bundle.entry).join(', ')}`);
  process.exit(1);
}

try {
  await Promise.all(
    bundles.map(async (bundle) => {
      const outfile = join(root, bundle.outfile);
      await build({
        absWorkingDir: root,
        entryPoints: [bundle.entry],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: 'linked',
        minify: false,
        external: bundle.external ?? [],
        banner: bundle.bin ? BIN_BANNER : undefined,
        define: { TERMSHEET_LINT_VERSION: JSON.stringify(version), TERMSHEET_LINT_REPOSITORY: JSON.stringify(repositoryUrl) },
        logLevel: 'warning',
      });
      if (bundle.bin) await chmod(outfile, 0o755);
    }),
  );
} catch {
  // esbuild has already printed the errors with their locations.
  process.exit(1);
}
