import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { excessiveNesting } from '../../server/src/engine/nesting';

const readExample = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'examples', name), 'utf8');

describe('nesting limit', () => {
  test('real sheets pass', () => {
    assert.equal(excessiveNesting(readExample('complete.termsheet.yaml')), undefined);
    assert.equal(excessiveNesting(readExample('pitfalls.termsheet.yaml')), undefined);
    assert.equal(excessiveNesting(''), undefined);
  });

  test('deep flow, compact block and indentation nesting are caught where they cross the limit', () => {
    assert.equal(excessiveNesting('['.repeat(300)), 200);
    assert.equal(excessiveNesting(`a: ${'{b: '.repeat(300)}`), 3 + 4 * 200);
    assert.ok(excessiveNesting('- '.repeat(300) + 'x') !== undefined);
    assert.ok(excessiveNesting('? '.repeat(300) + 'x') !== undefined);
    assert.ok(excessiveNesting(Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}-`).join('\n')) !== undefined);
  });

  test('brackets in comments and balanced brackets do not count', () => {
    assert.equal(excessiveNesting(`# ${'['.repeat(500)}\na: 1\n`), undefined);
    assert.equal(excessiveNesting(`a: 1 # ${'{'.repeat(500)}\n`), undefined);
    assert.equal(excessiveNesting('[a], '.repeat(10_000)), undefined);
  });
});
