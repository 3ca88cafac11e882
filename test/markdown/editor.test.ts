import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, getNode, type TextEdit } from '../../server/src/engine';
import { editorFor } from '../../server/src/engine/editor';
import { MarkdownEditor } from '../../server/src/engine/markdown/editor';
import { readMarkdownSheet } from '../../server/src/engine/markdown/reader';

function edit(text: string, change: (editor: MarkdownEditor, sheet: ReturnType<typeof readMarkdownSheet>) => TextEdit[]): string {
  const sheet = readMarkdownSheet(text);
  const editor = editorFor(sheet);
  assert.ok(editor instanceof MarkdownEditor);
  return applyEdits(text, change(editor, sheet));
}

describe('MarkdownEditor', () => {
  test('a missing clause becomes a table row where clauses are table rows', () => {
    const text = '| Clause | Terms |\n|---|---|\n| Territory | Japan |\n| Field | oncology |\n\nNotes follow.\n';
    const output = edit(text, (editor) => editor.insertEntry('', 'governing_law', '[TBD]'));
    assert.equal(output, '| Clause | Terms |\n|---|---|\n| Territory | Japan |\n| Field | oncology |\n| Governing Law | [TBD] |\n\nNotes follow.\n');
    assert.equal(getNode(readMarkdownSheet(output).root, 'governing_law')?.kind, 'scalar');
  });

  test('a table without outer pipes gets a row without them', () => {
    const text = 'Clause | Terms\n--- | ---\nTerritory | Japan\n';
    assert.equal(
      edit(text, (editor) => editor.insertEntry('license', 'field', 'oncology')),
      'Clause | Terms\n--- | ---\nTerritory | Japan\nField | oncology\n',
    );
  });

  test('a missing clause becomes a section where clauses are headings', () => {
    const text = '# Sheet\n\n## Territory\n\nJapan\n\n## Governing Law\n\nHong Kong\n';
    const output = edit(text, (editor) => editor.insertEntry('', 'non_compete', { scope: '[TBD]', remedy: 'licensor may terminate' }));
    assert.equal(output, `${text}\n## Non-Compete\n\n- **Scope:** [TBD]\n- **Remedy:** licensor may terminate\n`);
    const sheet = readMarkdownSheet(output);
    assert.equal(getNode(sheet.root, 'non_compete.remedy')?.kind, 'scalar');
  });

  test('a clause under a heading goes into its section, before the next one', () => {
    const text = "## Termination\n\nEither party on 90 days' notice.\n\n## Governing Law\n\nHong Kong\n";
    const output = edit(text, (editor) => editor.insertEntry('termination', 'reversion', { rights: 'all rights revert', data_transfer: true }));
    assert.equal(
      output,
      "## Termination\n\nEither party on 90 days' notice.\n\n### Reversion\n\n- **Rights:** all rights revert\n- **Data Transfer:** Yes\n\n## Governing Law\n\nHong Kong\n",
    );
    const sheet = readMarkdownSheet(output);
    assert.equal(getNode(sheet.root, 'termination.reversion.data_transfer')?.kind, 'scalar');
    assert.equal(getNode(sheet.root, 'governing_law')?.kind, 'scalar');
  });

  test("a list of one item is written inline, its fields labeled and its enum values in words, as the schema's item fields", () => {
    const output = edit('**Territory:** Japan\n', (editor) =>
      editor.insertEntry('asset.data', 'trials', [{ phase: 2, control: 'standard-of-care', design: 'single-arm' }]),
    );
    assert.equal(output, '**Territory:** Japan\n**Trials:** Phase: 2; Control: standard of care; Design: single arm\n');
    const trials = getNode(readMarkdownSheet(output).root, 'asset.data.trials');
    const trial = trials?.kind === 'list' ? trials.items[0] : undefined;
    const control = trial?.kind === 'map' ? getNode(trial, 'control') : undefined;
    assert.equal(control?.kind === 'scalar' && control.value, 'standard-of-care');
  });

  test('labeled lines get a labeled line; numbered clauses the next number, their labels ended as theirs are, the text a sentence', () => {
    assert.equal(
      edit('**Territory:** Japan\n**Field:** oncology\n', (editor) => editor.insertEntry('', 'confidentiality', 'mutual')),
      '**Territory:** Japan\n**Field:** oncology\n**Confidentiality:** mutual\n',
    );
    assert.equal(
      edit('1. **Territory.** Japan.\n2. **Field.** Oncology.\n', (editor) => editor.insertEntry('', 'confidentiality', 'mutual')),
      '1. **Territory.** Japan.\n2. **Field.** Oncology.\n3. **Confidentiality.** Mutual.\n',
    );
  });

  test('a numbered clause is added after the last one, with the next number, never repeating one in the middle', () => {
    const text = '1. **Parties.** Acme (CN) and Beta (US).\n2. **Territory.** Japan.\n3. **Field.** Oncology.\n';
    const output = edit(text, (editor) => editor.insertEntry('license', 'sublicensing', 'with-consent'));
    assert.equal(output, `${text}4. **Sublicensing.** With consent.\n`);
    assert.equal(getNode(readMarkdownSheet(output).root, 'license.sublicensing')?.kind, 'scalar');
  });

  test('numbered clauses kept apart by blank lines get a new clause apart too, labeled as they are', () => {
    const text = '1. Parties. Acme and Beta.\n\n2. Territory. Japan and South Korea.\n\n3. Field. Oncology.\n';
    assert.equal(
      edit(text, (editor) => editor.insertEntry('', 'confidentiality', 'mutual')),
      `${text}\n4. Confidentiality. Mutual.\n`,
    );
  });

  test('the binding provisions are named in words, never by the keys of the model', () => {
    const output = edit('**Territory:** Japan\n', (editor) => editor.insertEntry('', 'binding', ['confidentiality', 'governing_law']));
    assert.equal(output, '**Territory:** Japan\n**Binding Provisions:** confidentiality and governing law\n');
  });

  test('a value is replaced in place, inside its prose', () => {
    const text = '**Total Deal Value:** up to USD 95 million in aggregate\n';
    const output = edit(text, (editor, sheet) => editor.setValue(getNode(sheet.root, 'financials.total_deal_value')!, 'USD 90M'));
    assert.equal(output, '**Total Deal Value:** up to USD 90M in aggregate\n');
  });

  test('an enum said in phrases one after another is replaced whole, and what follows them is kept', () => {
    const sublicensing = (prose: string) =>
      edit(`**Sublicensing:** ${prose}\n`, (editor, sheet) => editor.setValue(getNode(sheet.root, 'license.sublicensing')!, 'with-consent'));
    assert.equal(sublicensing("freely, without Licensor's consent, to Affiliates only"), '**Sublicensing:** with consent, to Affiliates only\n');
    assert.equal(sublicensing('free and unrestricted'), '**Sublicensing:** with consent\n');
    assert.equal(sublicensing('freely (without consent)'), '**Sublicensing:** with consent\n');
    // Phrases with other words or a semicolon between them are separate statements: only the one read is replaced.
    assert.equal(sublicensing('freely; none outside the Territory'), '**Sublicensing:** with consent; none outside the Territory\n');
    assert.equal(
      sublicensing("freely to Affiliates; to others without Licensor's consent"),
      "**Sublicensing:** with consent to Affiliates; to others without Licensor's consent\n",
    );
  });

  test('list words are added before a final "and", or at the end', () => {
    const patents = (list: string) => `**Patents:** WO2023/123456 in ${list}\n`;
    const add = (list: string) =>
      edit(patents(list), (editor, sheet) => {
        const family = getNode(sheet.root, 'ip.patents');
        const jurisdictions =
          family?.kind === 'list' && family.items[0].kind === 'map' ? family.items[0].entries.find((e) => e.key === 'jurisdictions')!.value : undefined;
        return editor.appendToList(jurisdictions!, ['KR', 'IN'], 'to confirm');
      });
    assert.equal(add('CN, US, EP and JP'), patents('CN, US, EP, KR, IN (to confirm) and JP'));
    assert.equal(add('CN, US, EP, JP'), patents('CN, US, EP, JP, KR, IN (to confirm)'));
    assert.equal(add('China, the United States and Japan'), patents('China, the United States, South Korea, India (to confirm) and Japan'));
  });

  test('a list inside a sentence is left alone', () => {
    const text = '**Patents:** WO2023/123456 in CN, which was granted, and JP\n';
    const sheet = readMarkdownSheet(text);
    const family = getNode(sheet.root, 'ip.patents');
    const jurisdictions =
      family?.kind === 'list' && family.items[0].kind === 'map' ? family.items[0].entries.find((e) => e.key === 'jurisdictions')!.value : undefined;
    assert.deepEqual(editorFor(sheet).appendToList(jurisdictions!, ['KR']), []);
  });

  test('clauses held in front matter are edited as YAML', () => {
    const text = '---\ntermsheet: 1\nlicense:\n  territory: [JP]\n---\n\n**Field:** oncology\n';
    const output = edit(text, (editor) => editor.insertEntry('license.regulatory', 'data_sharing', 'mutual'));
    assert.equal(output, '---\ntermsheet: 1\nlicense:\n  territory: [JP]\n  regulatory:\n    data_sharing: mutual\n---\n\n**Field:** oncology\n');
  });

  test('a key is renamed to a label that reads back as it', () => {
    const text = '## Dispute Resolutoin\n\nSIAC\n';
    const output = edit(text, (editor, sheet) => editor.renameKey(sheet.root.entries[0], 'dispute_resolution'));
    assert.equal(output, '## Dispute Resolution\n\nSIAC\n');
  });

  test('an empty sheet gets a section', () => {
    assert.equal(
      edit('', (editor) => editor.insertEntry('', 'termination', 'TBD')),
      '## Termination\n\nTBD\n',
    );
  });
  test('a value said inside a sentence of its own is replaced by the whole new sentence, so the prose stays English', () => {
    const sentence = "Local clinical trial designs require the Licensor's prior written consent";
    const prose = '# Licence\n\n3. Clinical Plan Approval. The Licensee alone decides the local trial designs.\n';
    assert.equal(
      edit(prose, (editor, sheet) => editor.setValue(getNode(sheet.root, 'license.regulatory.clinical_plan_approval')!, 'licensor-consent', sentence)),
      `# Licence\n\n3. Clinical Plan Approval. ${sentence}.\n`,
    );
    // A value alone after its label, or alone in its cell, is replaced in place, in words.
    const labelled = '# Licence\n\n**Clinical plan approval:** licensee alone\n';
    assert.equal(
      edit(labelled, (editor, sheet) => editor.setValue(getNode(sheet.root, 'license.regulatory.clinical_plan_approval')!, 'licensor-consent', sentence)),
      '# Licence\n\n**Clinical plan approval:** licensor consent\n',
    );
    const table = '| Term | Detail |\n|---|---|\n| Clinical plan approval | licensee alone |\n';
    assert.equal(
      edit(table, (editor, sheet) => editor.setValue(getNode(sheet.root, 'license.regulatory.clinical_plan_approval')!, 'licensor-consent', sentence)),
      '| Term | Detail |\n|---|---|\n| Clinical plan approval | licensor consent |\n',
    );
  });
});
