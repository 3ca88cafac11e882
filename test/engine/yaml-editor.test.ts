import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, editorFor, getEntry, getNode, readYamlSheet } from '../../server/src/engine';

function edit(
  text: string,
  change: (editor: ReturnType<typeof editorFor>, sheet: ReturnType<typeof readYamlSheet>) => ReturnType<ReturnType<typeof editorFor>['setValue']>,
) {
  const sheet = readYamlSheet(text);
  const result = applyEdits(text, change(editorFor(sheet), sheet));
  assert.deepEqual(readYamlSheet(result).problems, [], `the edited text must parse:\n${result}`);
  return result;
}

test("insertEntry creates missing parents at the sheet's indentation", () => {
  assert.equal(
    edit('a:\n   b: 1\n', (editor) => editor.insertEntry('x.y', 'z', [1, 2])),
    'a:\n   b: 1\nx:\n   y:\n      z: [1, 2]\n',
  );
});

test('insertEntry refuses to add a key that already has a value', () => {
  const sheet = readYamlSheet('a:\n  b: 1\n');
  assert.deepEqual(editorFor(sheet).insertEntry('a', 'b', 2), []);
});

test('insertEntry refuses to nest under a scalar', () => {
  const sheet = readYamlSheet('a: text\n');
  assert.deepEqual(editorFor(sheet).insertEntry('a', 'b', 2), []);
});

test('insertEntry goes after a trailing comment on the last line, never inside it', () => {
  assert.equal(
    edit('a:\n  b: 1  # note\n# tail\n', (editor) => editor.insertEntry('a', 'c', 'x')),
    'a:\n  b: 1  # note\n  c: x\n# tail\n',
  );
});

test('insertEntry into a file without a final line break', () => {
  assert.equal(
    edit('a: 1', (editor) => editor.insertEntry('', 'b', 2)),
    'a: 1\nb: 2',
  );
});

test('strings that need quotes are quoted', () => {
  assert.equal(
    edit('a: 1\n', (editor) => editor.insertEntry('', 'b', 'x: y # z')),
    'a: 1\nb: "x: y # z"\n',
  );
});

test('setValue on an empty value adds the space after the colon', () => {
  assert.equal(
    edit('a:\nb: 1\n', (editor, sheet) => editor.setValue(getNode(sheet.root, 'a')!, 'v')),
    'a: v\nb: 1\n',
  );
});

test('appendToList to a single value turns it into a list', () => {
  assert.equal(
    edit('t: JP\n', (editor, sheet) => editor.appendToList(getNode(sheet.root, 't')!, ['KR'])),
    't: [JP, KR]\n',
  );
});

test('appendToList to an empty flow list', () => {
  assert.equal(
    edit('t: []\n', (editor, sheet) => editor.appendToList(getNode(sheet.root, 't')!, ['KR'], 'new')),
    't: [KR]  # new\n',
  );
});

test('appendToList leaves out the note when the list shares its line with more text', () => {
  assert.equal(
    edit('t: {a: [JP], b: 1}\n', (editor, sheet) => editor.appendToList(getNode(sheet.root, 't.a')!, ['KR'], 'new')),
    't: {a: [JP, KR], b: 1}\n',
  );
});

test('renameKey keeps the value and its comment, at its column while one space is left before it', () => {
  const text = 'teritory: [JP]  # typo\n';
  assert.equal(
    edit(text, (editor, sheet) => editor.renameKey(getEntry(sheet.root, 'teritory')!, 'territory')),
    'territory: [JP] # typo\n',
  );
  assert.equal(
    edit('teritory: [JP] # typo\n', (editor, sheet) => editor.renameKey(getEntry(sheet.root, 'teritory')!, 'territory')),
    'territory: [JP] # typo\n',
  );
});

test('setValue keeps a trailing comment at its column, and leaves a value with no comment, or on several lines, as it was', () => {
  const text = 'upfront: USD 20M      # signing\nnote: |\n  a\ntotal: 1\n';
  assert.equal(
    edit(text, (editor, sheet) => editor.setValue(getEntry(sheet.root, 'upfront')!.value, 'USD 1.25M')),
    'upfront: USD 1.25M    # signing\nnote: |\n  a\ntotal: 1\n',
  );
  assert.equal(
    edit(text, (editor, sheet) => editor.setValue(getEntry(sheet.root, 'total')!.value, 25)),
    'upfront: USD 20M      # signing\nnote: |\n  a\ntotal: 25\n',
  );
});
