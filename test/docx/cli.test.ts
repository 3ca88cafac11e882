import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { IN_TRACKED_INSERTION } from '../../server/src/engine/docx';
import { lines, runCli, temporaryTree } from '../cli/run-cli';
import { assertValidSarif } from '../cli/sarif-schema';
import { documentXml, markdownToDocx, paragraph, run, STYLES_XML, zipDocx } from '../support/docx';

const temporary = temporaryTree('termsheet-cli-docx-');
const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'corpus');

/** A short sheet in Word: a heading, a tracked insertion holding a placeholder, and a placeholder outside it. */
const DEAL = zipDocx({
  'word/styles.xml': STYLES_XML,
  'word/document.xml': documentXml(
    paragraph(run('Licence of AB-101'), { style: 'Heading1' }) +
      paragraph(run('Payments'), { style: 'Heading2' }) +
      paragraph(run('Upfront:', true) + run(' USD ') + '<w:ins w:id="1" w:author="Licensee">' + run('[TBD]') + '</w:ins>' + run(' on signing')) +
      paragraph(run('Milestones:', true) + run(' USD [TBD] on approval')),
  ),
});
const CLEAN = markdownToDocx(fs.readFileSync(path.join(CORPUS, 'clean-numbered-prose-statements.termsheet.md'), 'utf8'));

/** A folder of files given as bytes or text. */
function folder(name: string, files: Record<string, Uint8Array | string>): string {
  const base = path.join(temporary.root(), name);
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(base, relative)), { recursive: true });
    fs.writeFileSync(path.join(base, relative), content);
  }
  return base;
}

interface JsonMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  section?: string;
  quote?: string;
}

describe('termsheet-lint on Word documents', () => {
  test('a .docx named on the command line: findings name the section, quote the text, and count in the text view', () => {
    const base = folder('named', { 'deal.termsheet.docx': DEAL });
    const result = runCli(['--format', 'json', 'deal.termsheet.docx'], { cwd: base });
    assert.equal(result.status, 1, result.stderr);
    const [file] = JSON.parse(result.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>;
    assert.equal(file.filePath, 'deal.termsheet.docx');
    const placeholders = file.messages.filter((message) => message.ruleId === 'placeholder-left');
    assert.deepEqual(
      placeholders.map(({ line, column, section, quote }) => ({ line, column, section, quote })),
      [
        // "# Licence of AB-101", "", "## Payments", "", "**Upfront:** USD [TBD] on signing"
        { line: 5, column: 18, section: 'Payments', quote: '[TBD]' },
        { line: 7, column: 21, section: 'Payments', quote: '[TBD]' },
      ],
    );
    assert.ok(placeholders[0].message.endsWith(`(${IN_TRACKED_INSERTION})`), placeholders[0].message);
    assert.ok(!placeholders[1].message.includes('tracked insertion'), placeholders[1].message);
  });

  test('stylish output names the section and quotes the text; SARIF puts the quote in a snippet', () => {
    const base = folder('outputs', { 'deal.termsheet.docx': DEAL });
    const stylish = runCli(['deal.termsheet.docx'], { cwd: base });
    assert.equal(stylish.status, 1);
    assert.ok(
      lines(stylish.stdout).some((line) =>
        /^ {2}5:18 +warning +Placeholder "\[TBD\]" left in .*tracked insertion.* — Payments: "\[TBD\]" +placeholder-left$/.test(line),
      ),
      stylish.stdout,
    );
    const sarifText = runCli(['--format', 'sarif', 'deal.termsheet.docx'], { cwd: base }).stdout;
    assertValidSarif(sarifText);
    const sarif = JSON.parse(sarifText) as {
      runs: Array<{
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: Record<string, unknown> }; logicalLocations?: unknown }> }>;
      }>;
    };
    const placeholder = sarif.runs[0].results.find((result) => result.ruleId === 'placeholder-left')!;
    assert.deepEqual(placeholder.locations[0].physicalLocation.region, {
      startLine: 5,
      startColumn: 18,
      endLine: 5,
      endColumn: 23,
      snippet: { text: '[TBD]' },
    });
    assert.deepEqual(placeholder.locations[0].logicalLocations, [{ fullyQualifiedName: 'Payments' }]);
  });

  test("folders pick *.termsheet.docx and the config's files; other Word files are left alone; a clean one exits 0", () => {
    const base = folder('walk', {
      'deals/deal.termsheet.docx': DEAL,
      'deals/letter.docx': DEAL,
      'contracts/heads.docx': DEAL,
      'clean/clean.termsheet.docx': CLEAN,
      '.termsheetrc.yaml': 'files: ["contracts/*.docx"]\n',
    });
    const files = JSON.parse(runCli(['--format', 'json', '.'], { cwd: base }).stdout) as Array<{ filePath: string; messages: unknown[] }>;
    assert.deepEqual(
      files.map((file) => file.filePath),
      ['clean/clean.termsheet.docx', 'contracts/heads.docx', 'deals/deal.termsheet.docx'],
    );
    assert.equal(files[0].messages.length, 0);
    const clean = runCli(['clean'], { cwd: base });
    assert.deepEqual([clean.status, clean.stdout, clean.stderr], [0, '', '']);
    const glob = runCli(['--format', 'json', 'deals/*.docx'], { cwd: base });
    assert.deepEqual(
      (JSON.parse(glob.stdout) as Array<{ filePath: string }>).map((file) => file.filePath),
      ['deals/deal.termsheet.docx', 'deals/letter.docx'],
    );
  });

  test('--fix and --fix-dry-run leave Word documents alone and say so once', () => {
    const base = folder('fix', { 'a.termsheet.docx': DEAL, 'b.termsheet.docx': DEAL });
    const fixed = runCli(['--fix', '.'], { cwd: base });
    assert.equal(fixed.status, 1);
    assert.deepEqual(lines(fixed.stderr), ['termsheet-lint: --fix leaves Word documents alone: 2 Word documents linted, not fixed']);
    assert.deepEqual(fs.readFileSync(path.join(base, 'a.termsheet.docx')), Buffer.from(DEAL));
    const dryRun = runCli(['--fix-dry-run', 'a.termsheet.docx'], { cwd: base });
    assert.deepEqual(
      [dryRun.stdout, lines(dryRun.stderr)],
      ['', ['termsheet-lint: --fix-dry-run leaves Word documents alone: one Word document linted, not fixed']],
    );
  });

  test('bad files get one clear finding each, never a stack trace; standard input is refused with exit 2', () => {
    const base = folder('bad', {
      'truncated.termsheet.docx': DEAL.subarray(0, 200),
      'encrypted.termsheet.docx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptedPackage', 'utf16le')]),
      'old.termsheet.docx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('WordDocument', 'utf16le')]),
      'bomb.termsheet.docx': zipDocx({ 'word/document.xml': documentXml(paragraph(run(' '.repeat(20 * 1024 * 1024)))) }),
      '.termsheetrc.yaml': 'max_file_size_mb: 1\n',
    });
    const result = runCli(['--format', 'json', '.'], { cwd: base });
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    const files = JSON.parse(result.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>;
    assert.deepEqual(
      files.map((file) => [file.filePath, file.messages.map((message) => `${message.ruleId}: ${message.message}`)]),
      [
        ['bomb.termsheet.docx', ['syntax: This Word document inflates past the size limit (16.0 MB of XML): it is not read']],
        ['encrypted.termsheet.docx', ['syntax: This Word document is encrypted (password-protected): save a copy without a password to lint it']],
        ['old.termsheet.docx', ['syntax: This is a Word 97-2003 document (.doc), which is not read: save it as .docx to lint it']],
        ['truncated.termsheet.docx', ['syntax: This Word document is truncated or damaged: its zip package has no end']],
      ],
    );
    const piped = runCli(['--stdin-filename', 'deal.termsheet.docx', '-'], { cwd: base, input: Buffer.from(DEAL) });
    assert.equal(piped.status, 2);
    assert.deepEqual(lines(piped.stderr), [
      'termsheet-lint: a Word document cannot be read from standard input: name the file instead (termsheet-lint deal.termsheet.docx)',
    ]);
  });
});
