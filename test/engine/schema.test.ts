import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CLASSIFICATIONS,
  enumValues,
  readMarkdownSheet,
  readYamlSheet,
  FTO_SKELETON,
  NON_COMPETE_REMEDY,
  NON_COMPETE_SKELETON,
  REQUIRED_CLAUSES,
  schemaField,
  schemaFields,
  schemaFieldsAt,
  schemaPath,
  skeletonOf,
  TERMINATION_SKELETON,
  schemaKeysAt,
  TERM_SHEET_SCHEMA,
  type ModelNode,
  type SchemaField,
} from '../../server/src/engine';
import { stringify } from 'yaml';
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
    // One spelling of a list position: `[0]` in a sheet, `[]` in the schema.
    assert.equal(schemaField('ip.patents.0.jurisdictions'), undefined);
    assert.equal(schemaPath('ip.patents[12].jurisdictions'), 'ip.patents[].jurisdictions');
    assert.equal(schemaPath('ip.patents[].jurisdictions'), 'ip.patents[].jurisdictions');
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

  test('every enum names a vocabulary whose values are its values, in order, and the Markdown reader reads it with that vocabulary', () => {
    const enums = allFields().filter((field) => field.kind === 'enum' || field.kind === 'enum-list');
    assert.ok(enums.length >= 15, `${enums.length} enums`);
    for (const field of enums) {
      assert.ok(field.vocabulary && VOCABULARIES[field.vocabulary], `${field.path} names a vocabulary`);
      assert.deepEqual(
        enumValues(field.path),
        VOCABULARIES[field.vocabulary].map(([value]) => value),
        field.path,
      );
      assert.equal(field.prose, `${field.kind}:${field.vocabulary}`, field.path);
    }
    for (const field of allFields().filter((field) => !field.values)) assert.equal(field.vocabulary, undefined, field.path);
  });

  test('the Markdown label table is the schema: every label path is a schema path, with its labels and its reading', () => {
    assert.deepEqual(
      SYNONYMS.map((synonym) => synonym.path),
      schemaFields()
        .filter((field) => field.labels || field.local)
        .map((field) => field.path),
    );
    for (const synonym of SYNONYMS) {
      const field = schemaField(synonym.path);
      assert.equal(field?.path, synonym.path, `${synonym.path} is a schema path`);
      assert.equal(synonym.kind, field.prose, synonym.path);
      assert.deepEqual(synonym.labels, field.labels ?? [], synonym.path);
      assert.deepEqual(synonym.local, field.local, synonym.path);
    }
    // The clauses of university licences are clauses of the model, not only labels.
    for (const path of ['financials.annual_fee', 'financials.minimum_royalty', 'financials.sublicense_income', 'diligence', 'publications', 'costs']) {
      assert.ok(
        SYNONYMS.some((synonym) => synonym.path === path) && schemaKeysAt(path.includes('.') ? 'financials' : '')?.includes(path.split('.').at(-1)!),
        path,
      );
    }
    // A list's items are labeled in the schema's spelling.
    assert.ok(SYNONYMS.some((synonym) => synonym.path === 'ip.patents[].jurisdictions'));
  });

  test('skeletons are YAML the reader reads without a problem, and use only schema keys', () => {
    const withSkeleton = allFields().filter((field) => field.skeleton !== undefined);
    assert.deepEqual(
      withSkeleton.map((field) => field.path),
      [
        'parties',
        'asset',
        'license.territory',
        'license.field',
        'financials',
        'financials.royalties',
        'ip',
        'ip.fto',
        'non_compete',
        'termination',
        'governing_law',
        'confidentiality',
      ],
    );
    const checkKeys = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        const field = schemaField(path);
        for (const item of value) checkKeys(item, field?.kind === 'list' ? `${path}[]` : path);
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
          assert.ok(schemaKeysAt(path)?.includes(key), `${path}: "${key}"`);
          checkKeys(inner, path === '' ? key : `${path}.${key}`);
        }
      }
    };
    for (const field of withSkeleton) {
      const sheet = readYamlSheet(stringify({ [field.key]: field.skeleton }));
      assert.deepEqual(sheet.problems, [], field.path);
      checkKeys(field.skeleton, field.path);
    }
    // What fixes insert is the schema's.
    assert.equal(TERMINATION_SKELETON, skeletonOf('termination'));
    assert.equal(NON_COMPETE_SKELETON, skeletonOf('non_compete'));
    assert.equal(NON_COMPETE_REMEDY, NON_COMPETE_SKELETON.remedy);
    assert.equal(FTO_SKELETON, skeletonOf('ip.fto'));
    for (const clause of REQUIRED_CLAUSES) assert.equal(clause.skeleton, skeletonOf(clause.path), clause.path);
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
