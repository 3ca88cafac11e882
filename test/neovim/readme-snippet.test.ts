import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../lsp/support';

// The Neovim test (neovim.e2e.ts) runs termsheet.lua as Neovim's init file: the README must show
// that very setup, so the snippet users copy is the one that is tested.
test('the README shows the Neovim setup the Neovim test runs, verbatim', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const snippet = fs.readFileSync(path.join(REPO_ROOT, 'test/neovim/termsheet.lua'), 'utf8');
  assert.ok(readme.includes('```lua\n' + snippet + '```\n'), 'README.md has test/neovim/termsheet.lua in a ```lua block');
});
