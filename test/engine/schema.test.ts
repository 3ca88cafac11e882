import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CLASSIFICATIONS,
  enumValues,
  readMarkdownSheet,
  readYamlSheet,
  schemaField,
  schemaFieldsAt,
  schemaKeysAt,
  TERM_SHEET_SCHEMA,
  type ModelNode,
  type SchemaField,
} from '../../server/src/engine';
import { KNOWN_KEYS, knownKeysAt } from '../../rules/support/known-keys';
import { SYNONYMS } from '../../server/src/engine/markdown/synonyms';
import { VOCABULARIES } from '../../server/src/engine/markdown/vocabulary';
import { readExample } from '../lsp/support';

function allFields(field: SchemaField = TERM_SHEET_SCHEMA): SchemaField[] {
  return [field, ...[...(field.fields ?? []), ...(field.itemFields ?? [])].flatMap((child) => allFields(child))];
}

/** Every key the model of a sheet has, with the parent path it sits under (list items as `[]`). */
function keysOf(node: ModelNode, parent = '', out: Array<{ parent: string; key: string; written: boolean }> = []) {
  if (node.kind === 'list') for (const item of node.items) keysOf(item, `${parent}[]`, out);
  if (node.kind === 'map') {
    for (const entry of node.entries) {
      out.push({ parent, key: entry.key, written: entry.keyRange.end.offset > entry.keyRange.start.offset });
      keysOf(entry.value, parent === '' ? entry.key : `${parent}.${entry.key}`, out);
    }
  }
  return out;
}

describe('term-sheet schema', () => {
  test('near-miss hints read their known keys from it: every KNOWN_KEYS path is in the schema with the same keys', () => {
    const paths = Object.keys(KNOWN_KEYS);
    for (const path of [
      '',
      'parties.licensor',
      'asset.data.trials[]',
      'financials.milestones[]',
      'financials.milestones.regulatory[]',
      'ip.patents[]',
      'termination.reversion',
    ]) {
      assert.ok(paths.includes(path), path);
    }
    for (const path of paths) {
      assert.deepEqual(
        schemaFieldsAt(path)?.map((field) => field.key),
        [...KNOWN_KEYS[path]],
        path,
      );
      assert.deepEqual(knownKeysAt(path), KNOWN_KEYS[path], path);
    }
    assert.ok(KNOWN_KEYS[''].includes('non_compete') && KNOWN_KEYS['ip.fto'].includes('status'));
    assert.equal(knownKeysAt('license.territory'), undefined);
    assert.equal(knownKeysAt('constructor'), undefined);
  });

  test("every path of the model resolves to its field, in the rules' and the Markdown reader's spellings", () => {
    for (const field of allFields().slice(1)) assert.equal(schemaField(field.path), field, field.path);
    assert.equal(schemaField('ip.patents[2].jurisdictions')?.path, 'ip.patents[].jurisdictions');
    assert.equal(schemaField('ip.patents.0.jurisdictions')?.path, 'ip.patents[].jurisdictions');
    assert.equal(schemaField('financials.milestones.development[0].amount')?.kind, 'money');
    assert.equal(schemaField('license.teritory'), undefined);
    assert.equal(schemaField('toString'), undefined);
  });

  test('every enum has values, each a distinct non-empty word', () => {
    const enums = allFields().filter((field) => field.kind === 'enum' || field.kind === 'enum-list');
    for (const path of [
      'status',
      'binding',
      'asset.stage',
      'asset.classification',
      'license.scope',
      'license.sublicensing',
      'license.regulatory.clinical_plan_approval',
      'license.regulatory.data_sharing',
      'ip.fto.status',
      'asset.data.trials[].control',
      'asset.data.trials[].design',
      'asset.benchmark.evidence',
      'parties.licensee.type',
    ]) {
      assert.ok(
        enums.some((field) => field.path === path),
        `${path} is an enum`,
      );
    }
    for (const field of enums) {
      const values = field.values?.map((entry) => entry.value) ?? [];
      assert.ok(values.length > 0, `${field.path} has values`);
      assert.ok(
        values.every((value) => /^[a-z0-9_-]+$/.test(value)),
        `${field.path}: ${values.join(', ')}`,
      );
      assert.equal(new Set(values).size, values.length, field.path);
    }
    for (const field of allFields()) {
      assert.ok(field.description.trim().length > 10, `${field.path || 'the sheet'} is described`);
      if (field.kind !== 'enum' && field.kind !== 'enum-list') assert.equal(field.values, undefined, field.path);
    }
  });

  test("the spec's values: stage, classification, scope, control, FTO status, clinical plan approval, data sharing", () => {
    assert.deepEqual(enumValues('asset.stage'), [
      'discovery',
      'lead-optimization',
      'pcc',
      'ind-enabling',
      'phase-1',
      'phase-2',
      'phase-3',
      'filed',
      'marketed',
    ]);
    assert.deepEqual([...enumValues('license.scope')].sort(), ['co-exclusive', 'exclusive', 'non-exclusive', 'option']);
    assert.deepEqual([...enumValues('asset.data.trials[0].control')].sort(), ['active', 'historical', 'none', 'placebo', 'standard-of-care']);
    assert.deepEqual([...enumValues('ip.fto.status')].sort(), ['completed', 'in-progress', 'none']);
    assert.deepEqual([...enumValues('license.regulatory.clinical_plan_approval')].sort(), ['jsc', 'licensee-alone', 'licensor-consent']);
    assert.deepEqual([...enumValues('license.regulatory.data_sharing')].sort(), ['mutual', 'none', 'to-licensee', 'to-licensor']);
    assert.deepEqual([...enumValues('license.sublicensing')].sort(), ['free', 'none', 'with-consent']);
    assert.deepEqual(enumValues('license.territory'), []);
    // The rules' copy is the schema's.
    assert.deepEqual(CLASSIFICATIONS, ['first-in-class', 'best-in-class', 'me-better', 'me-too']);
    assert.deepEqual(CLASSIFICATIONS, enumValues('asset.classification'));
  });

  test('an enum takes the values the Markdown reader reads for its label', () => {
    let checked = 0;
    for (const synonym of SYNONYMS) {
      const vocabulary = /^enum(?:-list)?:(.+)$/.exec(synonym.kind)?.[1];
      const field = schemaField(synonym.path);
      if (!vocabulary || !field) continue;
      assert.deepEqual(
        enumValues(field.path),
        VOCABULARIES[vocabulary].map(([value]) => value),
        synonym.path,
      );
      assert.equal(field.kind, synonym.kind.startsWith('enum-list') ? 'enum-list' : 'enum', synonym.path);
      checked++;
    }
    assert.ok(checked >= 12, `${checked} enums checked`);
  });

  test('the complete examples use only schema keys, and only allowed enum values', () => {
    for (const name of ['complete.termsheet.yaml', 'complete.termsheet.md']) {
      const text = readExample(name);
      const sheet = name.endsWith('.md') ? readMarkdownSheet(text) : readYamlSheet(text);
      assert.deepEqual(sheet.problems, [], name);
      // Keys the Markdown reader makes up for lead prose (`summary`) have no label in the text.
      const keys = keysOf(sheet.root).filter((key) => key.written);
      assert.ok(keys.length > 60, `${name}: ${keys.length} keys`);
      for (const { parent, key } of keys) assert.ok(schemaKeysAt(parent)?.includes(key), `${name}: "${key}" under "${parent || 'the top level'}"`);
      const visit = (node: ModelNode, path: string) => {
        const field = schemaField(path) ?? schemaField(path.replace(/\[\d+\]$/, ''));
        if (node.kind === 'scalar' && field?.values) {
          assert.ok(enumValues(field.path).includes(String(node.value)), `${name}: ${path} = ${node.value}`);
        }
        if (node.kind === 'list') node.items.forEach((item, index) => visit(item, `${path}[${index}]`));
        if (node.kind === 'map') for (const entry of node.entries) visit(entry.value, path === '' ? entry.key : `${path}.${entry.key}`);
      };
      visit(sheet.root, '');
    }
  });
});
