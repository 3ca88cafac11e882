import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyEdits, type TextEdit } from '../../server/src/engine';
import { diffEdits } from '../../server/src/lsp/text-diff';

const SEED = 20261125;

/** The edits are sorted, do not overlap, and turn `before` into `after`. */
function assertExact(before: string, after: string, edits: readonly TextEdit[]): void {
  for (let i = 1; i < edits.length; i++)
    assert.ok(edits[i - 1].end < edits[i].start || (edits[i - 1].end === edits[i].start && edits[i - 1].start < edits[i].start), 'ordered, apart');
  assert.equal(applyEdits(before, edits), after);
}

test('no change, no edit', () => {
  assert.deepEqual(diffEdits('a\nb\n', 'a\nb\n'), []);
});

test('inserted lines are insertions: nothing of the old text is replaced', () => {
  const before = 'parties:\n  licensor: A\nfinancials:\n  upfront: 1\n';
  const after = 'termsheet: 1\nparties:\n  licensor: A\n  licensee: B\nfinancials:\n  upfront: 1\nadvisors:\n  tax: "[TBD]"\n';
  const edits = diffEdits(before, after);
  assertExact(before, after, edits);
  assert.deepEqual(
    edits.map((edit) => [edit.start, edit.end, edit.newText]),
    [
      [0, 0, 'termsheet: 1\n'],
      [before.indexOf('financials'), before.indexOf('financials'), '  licensee: B\n'],
      [before.length, before.length, 'advisors:\n  tax: "[TBD]"\n'],
    ],
  );
});

test('a changed value is replaced alone, the rest of its line kept', () => {
  const before = 'financials:\n  total_deal_value: 90000000  # headline\n  upfront: 1\n';
  const after = 'financials:\n  total_deal_value: 65000000  # headline\n  upfront: 1\n';
  const edits = diffEdits(before, after);
  assertExact(before, after, edits);
  assert.deepEqual(edits, [{ start: before.indexOf('90'), end: before.indexOf('90') + 2, newText: '65' }]);
});

test('CRLF line breaks and surrogate pairs are never split', () => {
  const before = 'a: 1\r\nb: 😀\r\n';
  const after = 'a: 1\r\nb: 😁\r\nc: 3\r\n';
  const edits = diffEdits(before, after);
  assertExact(before, after, edits);
  for (const edit of edits) {
    for (const at of [edit.start, edit.end]) {
      assert.ok(!(before[at - 1] === '\r' && before[at] === '\n'));
      assert.ok(!/[\uD800-\uDBFF]/.test(before[at - 1] ?? '') || !/[\uDC00-\uDFFF]/.test(before[at] ?? ''));
    }
  }
});

test('any two texts: the edits give exactly the new text', () => {
  const line = fc.constantFrom('a: 1', 'b: 2', '  - x', '# note', '', 'c: 😀', 'd: "q"');
  const text = fc.array(line, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol) + (lines.length % 2 ? eol : '')));
  fc.assert(
    fc.property(text, text, (before, after) => assertExact(before, after, diffEdits(before, after))),
    { seed: SEED, numRuns: 1000 },
  );
});

test('insertions into a text are only insertions, however many', () => {
  const arbitrary = fc
    .array(fc.constantFrom<string>('a: 1\n', 'b: 2\n', '  c: 3\n', '# x\n'), { minLength: 1, maxLength: 40 })
    .chain((lines) =>
      fc.tuple(fc.constant(lines), fc.array(fc.tuple(fc.nat(lines.length), fc.constantFrom<string>('new: 1\n', '# added\n', 'a: 1\n')), { maxLength: 10 })),
    );
  fc.assert(
    fc.property(arbitrary, ([lines, insertions]) => {
      const before = lines.join('');
      const after = [...lines];
      for (const [at, inserted] of [...insertions].sort((x, y) => y[0] - x[0])) after.splice(at, 0, inserted);
      const edits = diffEdits(before, after.join(''));
      assertExact(before, after.join(''), edits);
      assert.ok(
        edits.every((edit) => edit.start === edit.end),
        JSON.stringify(edits),
      );
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test('a change too large to diff line by line is still exact', () => {
  const before = Array.from({ length: 3000 }, (_, i) => `a${i}: ${i}\n`).join('');
  const after = Array.from({ length: 3000 }, (_, i) => `b${i}: ${i}\n`).join('');
  const started = Date.now();
  assertExact(before, after, diffEdits(before, after));
  assert.ok(Date.now() - started < 5_000);
});
