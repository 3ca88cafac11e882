import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InsertTextFormat, type CompletionItem, type MarkupContent, type Position, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { enumValues, getNode, readMarkdownSheet, readYamlSheet, schemaField, schemaFields, schemaKeysAt, type MapNode } from '../../server/src/engine';
import { SYNONYMS } from '../../server/src/engine/markdown/synonyms';
import { expandTerritory } from '../../server/src/engine/values';
import { completionsAt } from '../../server/src/lsp/completion';
import { LspTestClient } from './lsp-client';

const CURSOR = '‸';

/** The text without its cursor mark, and the mark's position. */
function marked(source: string): { text: string; position: Position } {
  const at = source.indexOf(CURSOR);
  assert.ok(at >= 0, 'the text marks the cursor');
  const text = source.slice(0, at) + source.slice(at + CURSOR.length);
  const before = text.slice(0, at);
  return { text, position: { line: before.split('\n').length - 1, character: at - (before.lastIndexOf('\n') + 1) } };
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function find(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `"${label}" among ${labels(items).slice(0, 40).join(', ')}`);
  return item;
}

function editOf(item: CompletionItem): TextEdit {
  assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} replaces a range`);
  return item.textEdit;
}

function docs(item: CompletionItem): string {
  return (item.documentation as MarkupContent | undefined)?.value ?? '';
}

/** Tab stops replaced by their placeholder text, as a user who tabs through them leaves the text. */
function withPlaceholders(snippet: string): string {
  return snippet.replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, (_, inner: string) => inner.replace(/\\(.)/g, '$1')).replace(/\$\{?\d+\}?/g, '');
}

function applied(text: string, item: CompletionItem, snippet = true): string {
  const edit = editOf(item);
  const document = TextDocument.create('file:///x', 'yaml', 1, text);
  return TextDocument.applyEdits(document, [{ range: edit.range, newText: snippet ? withPlaceholders(edit.newText) : edit.newText }]);
}

/** A YAML document with the cursor where a clause of the map at `parentPath` goes (`ip.patents[]`: in a new patent family), after `typed`. */
function yamlInside(parentPath: string, typed = ''): { text: string; position: Position } {
  const lines: string[] = [];
  let indent = '';
  for (const segment of parentPath === '' ? [] : parentPath.split('.')) {
    lines.push(`${indent}${segment.replace(/\[\]$/, '')}:`);
    indent += '  ';
    if (segment.endsWith('[]')) {
      lines.push(`${indent}- `);
      indent += '  ';
    }
  }
  // In a list item, the first key goes after its dash.
  const last = lines.at(-1);
  const text = last?.endsWith('- ') ? [...lines.slice(0, -1), `${last}${typed}${CURSOR}`] : [...lines, `${indent}${typed}${CURSOR}`];
  return marked(`${text.join('\n')}\n`);
}

describe("completion offers the schema's keys and values", () => {
  const keysOffered = (text: string, position: Position) =>
    labels(completionsAt(text, 'yaml', position, { snippets: true })).filter((label) => !label.endsWith(' (full clause)'));

  test('in every clause of clauses and every list item, exactly the keys the schema gives there, in its order', () => {
    const maps = schemaFields().filter((field) => field.fields && field.path !== '');
    const lists = schemaFields().filter((field) => field.kind === 'list');
    const parents = ['', ...maps.map((field) => field.path), ...lists.map((field) => `${field.path}[]`)];
    assert.ok(parents.includes('termination.reversion') && parents.includes('ip.patents[]') && parents.includes('financials.milestones.regulatory[]'));
    for (const parent of parents) {
      const { text, position } = yamlInside(parent);
      assert.deepEqual(keysOffered(text, position), schemaKeysAt(parent), parent || 'the top level');
    }
  });

  test('after every enum key, exactly the values the schema allows, in its order', () => {
    const enums = schemaFields().filter((field) => field.kind === 'enum');
    assert.ok(enums.length >= 12, `${enums.length} enums`);
    for (const field of enums) {
      const { text, position } = yamlInside(field.path.slice(0, Math.max(0, field.path.lastIndexOf('.'))), `${field.key}: `);
      assert.deepEqual(labels(completionsAt(text, 'yaml', position, { snippets: true })), enumValues(field.path), field.path);
    }
  });
});

describe('completion over stdio', () => {
  let client: LspTestClient;
  let plain: LspTestClient;
  let opened = 0;

  before(async () => {
    client = LspTestClient.stdio();
    const init = await client.initialize({ debounceMs: 10 }, { textDocument: { completion: { completionItem: { snippetSupport: true } } } });
    assert.ok(init.capabilities.completionProvider, 'the server offers completion');
    plain = LspTestClient.stdio();
    await plain.initialize();
  });

  after(() => Promise.all([client.stop(), plain.stop()]));

  /** Opens the text (cursor mark removed) as a fresh document and asks for completion at the mark. */
  async function complete(source: string, extension = 'yaml', on = client, trigger?: string): Promise<{ items: CompletionItem[]; text: string; uri: string }> {
    const { text, position } = marked(source);
    const uri = `file:///tmp/complete/sheet-${opened++}.termsheet.${extension}`;
    await on.open(uri, text, extension === 'md' ? 'markdown' : 'yaml');
    return { items: await on.completion(uri, position, trigger), text, uri };
  }

  describe('YAML keys', () => {
    test('at the top level: the missing clauses, with kind, detail, documentation and an edit over the typed prefix', async () => {
      const { items } = await complete(`title: Exclusive licence of ZA-101\nlicense:\n  scope: exclusive\nfin${CURSOR}\n`);
      const names = labels(items);
      for (const key of ['parties', 'asset', 'financials', 'ip', 'non_compete', 'termination', 'governing_law', 'confidentiality'])
        assert.ok(names.includes(key), key);
      assert.ok(!names.includes('title') && !names.includes('license'), 'clauses already there are not offered');
      assert.ok(!names.includes('scope'), 'nested keys are not offered at the top level');

      const financials = find(items, 'financials');
      assert.equal(financials.kind, 10 /* Property */);
      assert.equal(financials.detail, 'clause');
      assert.match(docs(financials), /What the licensee pays/);
      assert.deepEqual(editOf(financials).range, { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } });
      assert.equal(editOf(financials).newText, 'financials:\n  $0');
      assert.equal(financials.insertTextFormat, InsertTextFormat.Snippet);

      const law = find(items, 'governing_law');
      assert.equal(editOf(law).newText, 'governing_law: $0');
    });

    test('nested, while the line is half typed and the document does not parse', async () => {
      const source = `license:\n  scope: exclusive\n  te${CURSOR}\n  sublicensing: with-consent\nfinancials:\n  upfront: 1\n`;
      const { items, uri } = await complete(source);
      const diagnostics = await client.diagnosticsForCurrentVersion(uri);
      assert.deepEqual(
        diagnostics.map((diagnostic) => diagnostic.code),
        ['syntax'],
        'the half-typed line breaks the YAML',
      );
      assert.deepEqual(labels(items).sort(), ['field', 'governance', 'regulatory', 'territory']);
      const territory = find(items, 'territory');
      assert.equal(territory.detail, 'countries and regions');
      assert.deepEqual(editOf(territory).range, { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
      assert.match(docs(territory), /ISO country codes and regions/);
      assert.equal(editOf(find(items, 'regulatory')).newText, 'regulatory:\n    $0');
    });

    test('inside a list item, and for a new item of a list of maps', async () => {
      const trial = await complete(`asset:\n  data:\n    trials:\n      - phase: 2\n        co${CURSOR}\n        design: randomized\n`);
      assert.deepEqual(labels(trial.items).sort(), ['control', 'enrolled']);

      const family = await complete(`ip:\n  patents:\n    - family: WO2023/123456\n      expiry: 2043\n    - ${CURSOR}\n`);
      assert.deepEqual(labels(family.items), ['family', 'jurisdictions', 'expiry']);
      assert.deepEqual(editOf(find(family.items, 'jurisdictions')).range.start, { line: 4, character: 6 });

      const deep = await complete(`termination:\n  reversion:\n    rights: all\n    ${CURSOR}\n`);
      assert.deepEqual(labels(deep.items), ['data_transfer', 'regulatory_filings_transfer', 'transition_assistance']);
    });

    test('in a flow mapping, the keys it does not have yet', async () => {
      const { items } = await complete(`ip:\n  fto: {status: completed, ${CURSOR}}\n`);
      assert.deepEqual(labels(items), ['by', 'date']);
      assert.equal(editOf(items[0]).newText, 'by: ');
    });

    test('no completion in a comment, a block of prose, or under a key that is not a clause', async () => {
      assert.deepEqual((await complete(`# lic${CURSOR}\n`)).items, []);
      assert.deepEqual((await complete(`title: |\n  A licence\n  of ${CURSOR}\n`)).items, []);
      assert.deepEqual((await complete(`license:\n  field: all human uses\n  territory: [JP]\nmy_notes:\n  ${CURSOR}\n`)).items, []);
    });
  });

  describe('YAML values', () => {
    test('enum values after `key: `, each explained', async () => {
      const { items } = await complete(`asset:\n  stage: ${CURSOR}\n`, 'yaml', client, ' ');
      assert.deepEqual(labels(items), [...enumValues('asset.stage')]);
      const pcc = find(items, 'pcc');
      assert.equal(pcc.kind, 20 /* EnumMember */);
      assert.equal(pcc.detail, 'preclinical candidate nominated');
      assert.match(docs(pcc), /Phase 2 proof of concept/);
      assert.deepEqual(editOf(pcc), { range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } }, newText: 'pcc' });

      const typed = await complete(`license:\n  regulatory:\n    clinical_plan_approval: li${CURSOR}\n`);
      assert.deepEqual(labels(typed.items).sort(), ['jsc', 'licensee-alone', 'licensor-consent']);
      assert.deepEqual(editOf(typed.items[0]).range, { start: { line: 2, character: 28 }, end: { line: 2, character: 30 } });
    });

    test('enum lists in flow and block style leave out the values already listed', async () => {
      const flow = await complete(`binding: [confidentiality, ${CURSOR}]\n`);
      assert.deepEqual(labels(flow.items).sort(), ['costs', 'dispute_resolution', 'exclusivity', 'governing_law', 'non_solicitation']);

      const block = await complete(`asset:\n  benchmark:\n    evidence:\n      - head-to-head-animal\n      - ${CURSOR}\n`);
      assert.deepEqual(labels(block.items).sort(), ['cross-trial-clinical', 'head-to-head-clinical', 'none']);

      const control = await complete(`asset:\n  data:\n    trials:\n      - {phase: 2, control: ${CURSOR}}\n`);
      assert.ok(labels(control.items).includes('standard-of-care'));
    });

    test('a territory takes regions and ISO country codes, named in the detail', async () => {
      const { items } = await complete(`license:\n  territory: [JP, ${CURSOR}]\n`);
      const korea = find(items, 'KR');
      assert.equal(korea.detail, 'South Korea');
      assert.equal(korea.kind, 21 /* Constant */);
      assert.match(korea.filterText ?? '', /Korea/);
      const asean = find(items, 'asean');
      assert.equal(asean.detail, 'region: BN, ID, KH, LA, MM, MY, PH, SG, TH, VN');
      assert.ok(labels(items).includes('ex-china') && labels(items).includes('middle-east'));
      assert.ok(!labels(items).includes('JP'), 'JP is already in the list');
      assert.ok(items.length > 250, `${items.length} items`);
      assert.equal(editOf(korea).newText, 'KR');
    });

    test("a party's country takes countries only; patent jurisdictions take regional offices", async () => {
      const country = await complete(`parties:\n  licensee:\n    country: ${CURSOR}\n`);
      assert.equal(find(country.items, 'JP').detail, 'Japan');
      assert.ok(!labels(country.items).includes('asean'));

      const jurisdictions = await complete(`ip:\n  patents:\n    - family: WO2023/1\n      jurisdictions: [CN, ${CURSOR}\n`);
      assert.match(find(jurisdictions.items, 'EP').detail ?? '', /regional patent office: 39 countries/);
      assert.ok(labels(jurisdictions.items).includes('IN'));
    });

    test('regions from the config file are offered beside the built-in ones', () => {
      const { text, position } = marked(`license:\n  territory: [${CURSOR}]\n`);
      const items = completionsAt(text, 'yaml', position, { snippets: false, regions: { 'our-asia': ['JP', 'KR'] } });
      assert.equal(find(items, 'our-asia').detail, 'region from the config file: JP, KR');
    });
  });

  describe('YAML clause skeletons', () => {
    test('one per missing top-level clause: a snippet with tab stops that reads back as the clause', async () => {
      const { items, text } = await complete(`title: A licence\nparties:\n  licensor: {name: A}\n${CURSOR}\n`);
      assert.ok(!labels(items).includes('parties (full clause)'), 'no skeleton for a clause already there');
      const skeletons = items.filter((item) => item.label.endsWith(' (full clause)'));
      assert.deepEqual(
        skeletons.map((item) => item.label.replace(' (full clause)', '')),
        ['asset', 'license', 'financials', 'ip', 'non_compete', 'termination', 'timeline', 'advisors', 'exclusivity'],
      );
      for (const skeleton of skeletons) {
        const key = skeleton.label.replace(' (full clause)', '');
        assert.equal(skeleton.kind, 15 /* Snippet */);
        assert.equal(skeleton.insertTextFormat, InsertTextFormat.Snippet);
        assert.equal(skeleton.filterText, key);
        assert.match(editOf(skeleton).newText, /\$\{1:/);
        const filled = applied(text, skeleton);
        const sheet = readYamlSheet(filled);
        assert.deepEqual(sheet.problems, [], `${key}:\n${filled}`);
        const clause = sheet.root.entries.find((entry) => entry.key === key)!;
        // Every key of the clause, and of its nested clauses, is one the model knows.
        const check = (map: MapNode, parent: string) => {
          for (const entry of map.entries) {
            assert.ok(schemaKeysAt(parent)?.includes(entry.key), `${parent}.${entry.key}`);
            const child = entry.value.kind === 'list' ? entry.value.items[0] : entry.value;
            if (child?.kind === 'map') check(child, `${parent}.${entry.key}${entry.value.kind === 'list' ? '[]' : ''}`);
          }
        };
        assert.equal(clause.value.kind, 'map', key);
        check(clause.value, key);
      }
      const termination = find(items, 'termination (full clause)');
      assert.equal(
        withPlaceholders(editOf(termination).newText),
        'termination:\n  for_convenience:\n    notice_days: "[TBD]"\n  for_breach:\n    cure_days: "[TBD]"\n  for_diligence_failure: "[TBD]"\n' +
          '  reversion:\n    rights: all licensed rights revert to licensor\n    data_transfer: true\n    regulatory_filings_transfer: true\n    transition_assistance: "[TBD]"',
      );
      // An enum still to be decided lists its values, as the classification fix writes it.
      assert.match(editOf(find(items, 'license (full clause)')).newText, /scope: \$\{1:"\[TBD: exclusive \| co-exclusive \| non-exclusive \| option\]"\}/);
    });

    test('a client without snippet support gets plain text, with no tab stops', async () => {
      const { items, text } = await complete(`title: A licence\n${CURSOR}\n`, 'yaml', plain);
      const termination = find(items, 'termination (full clause)');
      assert.equal(termination.insertTextFormat, InsertTextFormat.PlainText);
      assert.doesNotMatch(editOf(termination).newText, /\$/);
      assert.deepEqual(readYamlSheet(applied(text, termination, false)).problems, []);
      assert.equal(editOf(find(items, 'governing_law')).newText, 'governing_law: ');

      const heading = await complete(`# ZA-101\n\n## Ter${CURSOR}\n`, 'md', plain);
      assert.equal(
        editOf(find(heading.items, 'Termination')).newText,
        'Termination\n\n- **For Convenience:** \n- **For Breach:** \n- **For Diligence Failure:** \n- **Reversion:** ',
      );
    });
  });

  describe('Markdown', () => {
    const SHEET =
      "# Licence of ZA-101\n\n## Parties\n\n| Party | Details |\n|---|---|\n| Licensor | Ze'an Biotech (China) |\n\n## Asset\n\n- **Stage:** Phase 2\n";

    test('a heading: the sections still missing, with a labelled line for each part', async () => {
      const { items } = await complete(`${SHEET}\n## Ter${CURSOR}\n`, 'md');
      const names = labels(items);
      assert.ok(!names.includes('Parties') && !names.includes('Asset'), names.join(', '));
      const termination = find(items, 'Termination');
      assert.equal(termination.detail, 'termination · clause');
      assert.match(docs(termination), /handed back/);
      assert.deepEqual(editOf(termination).range, { start: { line: 12, character: 3 }, end: { line: 12, character: 6 } });
      assert.equal(
        editOf(termination).newText,
        'Termination\n\n- **For Convenience:** ${1}\n- **For Breach:** ${2}\n- **For Diligence Failure:** ${3}\n- **Reversion:** ${4}$0',
      );
      // Sections come before single values under a heading.
      assert.ok((termination.sortText ?? '') < (find(items, 'Governing Law').sortText ?? ''));
    });

    test('the skeleton of a section reads back as that clause', async () => {
      const { items, text } = await complete(`${SHEET}\n## Non${CURSOR}\n`, 'md');
      const filled = applied(text, find(items, 'Non-Compete')).replace(/:\*\* \n/g, ':** [TBD]\n');
      const nonCompete = readMarkdownSheet(filled).root.entries.find((entry) => entry.key === 'non_compete');
      assert.ok(nonCompete && nonCompete.value.kind === 'map', filled);
      assert.deepEqual(
        nonCompete.value.entries.map((entry) => entry.key),
        ['scope', 'duration', 'territory', 'remedy'],
      );
    });

    test('a bold label in a section: the labels of its missing parts', async () => {
      const { items } = await complete(`${SHEET}- **Cla${CURSOR}\n`, 'md');
      const names = labels(items);
      assert.ok(names.includes('Classification') && names.includes('Modality'), names.join(', '));
      assert.ok(!names.includes('Stage'), 'Stage is there already');
      const classification = find(items, 'Classification');
      assert.equal(editOf(classification).newText, 'Classification:** $0');
      assert.deepEqual(editOf(classification).range, { start: { line: 11, character: 4 }, end: { line: 11, character: 7 } });
    });

    test('after a known label: enum values as prose writes them, and countries by name', async () => {
      const stage = await complete(`${SHEET}- **Classification:** ${CURSOR}\n`, 'md', client, ' ');
      const best = find(stage.items, 'best in class');
      assert.equal(best.detail, 'best-in-class · better than every drug of its class, shown against a benchmark');
      assert.equal(editOf(best).newText, 'best in class');

      const territory = await complete(`# Licence\n\n**Territory:** Japan, Ko${CURSOR}\n`, 'md');
      const korea = find(territory.items, 'South Korea');
      assert.equal(korea.detail, 'KR');
      assert.deepEqual(editOf(korea).range, { start: { line: 2, character: 22 }, end: { line: 2, character: 24 } });
      assert.ok(labels(territory.items).includes('greater china'));
    });

    test('a table row: labels in the first cell, values in the second', async () => {
      const value = await complete(`# Licence\n\n| Term | Value |\n|---|---|\n| Licence grant | ${CURSOR} |\n`, 'md');
      assert.deepEqual(labels(value.items), ['exclusive', 'co exclusive', 'non exclusive', 'option']);
      const label = await complete(
        `# Licence\n\n## Financial terms\n\n| Term | Amount |\n|---|---|\n| Upfront payment | USD 20M |\n| Total${CURSOR} |\n`,
        'md',
      );
      assert.ok(labels(label.items).includes('Total Deal Value'));
      assert.ok(!labels(label.items).includes('Upfront'), 'the upfront is there already');
    });

    test('front matter completes as YAML; prose and code get nothing', async () => {
      const front = await complete(`---\ntermsheet: 1\nlicense:\n  sc${CURSOR}\n---\n# Licence\n`, 'md');
      assert.ok(labels(front.items).includes('scope'));
      assert.deepEqual((await complete(`# Licence\n\nThe parties agree ${CURSOR}\n`, 'md', client, ' ')).items, []);
      assert.deepEqual((await complete(`# Licence\n\n\`\`\`\n## Ter${CURSOR}\n\`\`\`\n`, 'md')).items, []);
    });

    test('every enum value offered after a label reads back as that value', () => {
      let checked = 0;
      for (const synonym of SYNONYMS) {
        const field = schemaField(synonym.path);
        if (!field?.values || synonym.labels.length === 0) continue;
        const { text, position } = marked(`**${synonym.labels[0]}:** ${CURSOR}\n`);
        for (const item of completionsAt(text, 'markdown', position, { snippets: true })) {
          const written = applied(text, item);
          const read = getNode(readMarkdownSheet(written).root, synonym.path);
          const value = read?.kind === 'list' ? read.items[0] : read;
          assert.equal(value?.kind === 'scalar' ? value.value : undefined, item.detail?.split(' · ')[0], written);
          checked++;
        }
      }
      assert.ok(checked >= 9, `${checked} values checked`);
    });

    test('every region and country offered for a territory reads back as its countries; a flag takes yes or no', () => {
      const { text, position } = marked(`**Territory:** ${CURSOR}\n`);
      const items = completionsAt(text, 'markdown', position, { snippets: true });
      assert.ok(items.length > 270, `${items.length} items`);
      for (const item of items) {
        const read = getNode(readMarkdownSheet(applied(text, item)).root, 'license.territory');
        const written = (read?.kind === 'list' ? read.items : read ? [read] : []).map((node) => String(node.kind === 'scalar' ? node.value : ''));
        const reading = expandTerritory(written);
        assert.ok(reading.unknown.length === 0 && reading.countries.length > 0, `${item.label}: ${written.join(', ')}`);
        if (item.kind === 21 /* Constant */) assert.deepEqual(reading.countries, [item.detail], item.label);
        else assert.deepEqual(reading.regions, [item.label.replace(/ /g, '-')], item.label);
      }
      const flag = marked(`# Licence\n\n## Data package\n\n- **Pivotal ready:** ${CURSOR}\n`);
      assert.deepEqual(labels(completionsAt(flag.text, 'markdown', flag.position, { snippets: true })), ['yes', 'no']);
    });
  });

  test('the server survives completion anywhere in an odd document', async () => {
    const text = '- [\n  {a: [b: {\n"x\n---\n\t- y:\n: :\n';
    const uri = 'file:///tmp/complete/odd.termsheet.yaml';
    await client.open(uri, text);
    for (let line = 0; line < 7; line++) {
      for (let character = 0; character < 8; character++) assert.ok(Array.isArray(await client.completion(uri, { line, character })));
    }
    assert.ok(client.alive);
    assert.ok(
      !client.logMessages.some((message) => /completion failed/.test(message.message)),
      client.logMessages.map((message) => message.message).join('\n'),
    );
  });
});
