import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT } from '../lsp/support';

const LINT_WORD_DOCUMENT_COMMAND = 'termsheet.lintWordDocument';

interface Manifest {
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    menus: Record<string, Array<{ command: string; when?: string }>>;
  };
}

describe('Lint Word Document…', () => {
  test('is a palette command and an entry of the Explorer context menu on .docx files', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
    const command = manifest.contributes.commands.find((entry) => entry.command === LINT_WORD_DOCUMENT_COMMAND);
    assert.deepEqual(command, { command: LINT_WORD_DOCUMENT_COMMAND, title: 'Lint Word Document…', category: 'Term Sheet' });
    assert.deepEqual(
      manifest.contributes.menus['explorer/context']?.filter((entry) => entry.command === LINT_WORD_DOCUMENT_COMMAND).map((entry) => entry.when),
      ['resourceExtname == .docx'],
    );
    // A palette entry with no "when" shows everywhere: the command asks for the file.
    assert.ok(!manifest.contributes.menus.commandPalette.some((entry) => entry.command === LINT_WORD_DOCUMENT_COMMAND));
  });
});
