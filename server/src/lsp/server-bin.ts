/**
 * The `termsheet-language-server` bin (dist/server.js): starts the server (dist/server-lsp.js, built
 * from server.ts) from a code cache kept between starts, as the command line's bin does: an editor
 * waits for the server's first answer, and compiling is most of what a start costs above Node's own.
 */
import * as path from 'node:path';
import { cacheFolder, requireCached } from '../startup/code-cache';

/** Inlined by the bundler: a digest of dist/server-lsp.js as built. */
declare const TERMSHEET_LINT_SERVER_LSP_DIGEST: string;

const file = path.join(__dirname, 'server-lsp.js');
const folder = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder();
requireCached({ file, asFile: file, require, buildKey: TERMSHEET_LINT_SERVER_LSP_DIGEST, folder, name: 'server-lsp' });
