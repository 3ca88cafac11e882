import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getEntry, readYamlSheet, type Range } from '../../server/src/engine';

/** The text a range covers, to assert ranges by what they point at. */
function covered(text: string, range: Range): string {
  return text.slice(range.start.offset, range.end.offset);
}

const SHEET = `# Deal HX-204
termsheet: 1
license:
  scope: exclusive   # agreed
  territory: [JP, KR]
  field: "all human uses"
financials:
  upfront: 20000000
  royalties:
    - {up_to: 100000000, rate: 10%}
  equity:
unknown_clause: kept
`;

test('every clause keeps the range of its key and of its value', () => {
  const sheet = readYamlSheet(SHEET);
  assert.deepEqual(sheet.problems, []);
  const scope = getEntry(sheet.root, 'license.scope')!;
  assert.equal(covered(SHEET, scope.keyRange), 'scope');
  assert.equal(covered(SHEET, scope.value.range), 'exclusive');
  assert.deepEqual(scope.value.range.start, { offset: SHEET.indexOf('exclusive'), line: 3, character: 9 });
  const territory = getEntry(sheet.root, 'license.territory')!;
  assert.equal(covered(SHEET, territory.value.range), '[JP, KR]');
  assert.equal(territory.value.kind, 'list');
  const field = getEntry(sheet.root, 'license.field')!;
  assert.equal(covered(SHEET, field.value.range), '"all human uses"');
  assert.deepEqual(field.value.kind === 'scalar' && field.value.value, 'all human uses');
});

test('block collections end at their last character, not at the next line', () => {
  const sheet = readYamlSheet(SHEET);
  const license = getEntry(sheet.root, 'license')!;
  assert.ok(covered(SHEET, license.value.range).endsWith('"all human uses"'));
});

test('numbers stay numbers, percentages and dates stay text', () => {
  const sheet = readYamlSheet('a: 20000000\nb: 10%\nc: 2026-11-02\nd: true\ne: yes\n');
  const values = sheet.root.entries.map((entry) => entry.value.kind === 'scalar' && entry.value.value);
  assert.deepEqual(values, [20000000, '10%', '2026-11-02', true, 'yes']);
});

test('an empty value sits just after its colon', () => {
  const sheet = readYamlSheet(SHEET);
  const equity = getEntry(sheet.root, 'financials.equity')!;
  assert.equal(equity.value.kind === 'scalar' && equity.value.value, null);
  assert.equal(equity.value.range.start.offset, SHEET.indexOf('equity:') + 'equity:'.length);
  assert.equal(equity.value.range.start.offset, equity.value.range.end.offset);
});

test('unknown keys are kept', () => {
  const sheet = readYamlSheet(SHEET);
  assert.equal(covered(SHEET, getEntry(sheet.root, 'unknown_clause')!.value.range), 'kept');
});

test('CRLF text gives the same lines and characters', () => {
  const crlf = SHEET.replace(/\n/g, '\r\n');
  const territory = getEntry(readYamlSheet(crlf).root, 'license.territory')!;
  assert.deepEqual([territory.value.range.start.line, territory.value.range.start.character], [4, 13]);
});

test("aliases share their anchor's node, so an alias bomb stays small", () => {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 10; level++) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  const sheet = readYamlSheet(lines.join('\n') + '\n');
  assert.deepEqual(sheet.problems, []);
  const j = getEntry(sheet.root, 'j')!.value;
  assert.equal(j.kind === 'list' && j.items[0], j.kind === 'list' && j.items[8]);
});

test('a parse error becomes a problem at its position', () => {
  const text = 'license:\n  scope: [exclusive\nfinancials: 1\n';
  const sheet = readYamlSheet(text);
  assert.equal(sheet.problems[0].range.start.line, 2);
});
