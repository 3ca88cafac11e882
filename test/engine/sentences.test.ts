import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sentencesOf } from '../../server/src/engine';

describe('the sentences of a value', () => {
  test('a full stop or semicolon before a space ends one', () => {
    assert.deepEqual(sentencesOf('FTO was completed. Data are shared mutually; costs are split'), [
      'FTO was completed.',
      'Data are shared mutually;',
      'costs are split',
    ]);
  });

  test('a number, a bracket or a word in lower case after a full stop carries the sentence on', () => {
    assert.deepEqual(sentencesOf('Except for Sec. 5 and Acme Bio, Inc. ("Company"), which are binding, Acme Bio, Inc. and LSU agree.'), [
      'Except for Sec. 5 and Acme Bio, Inc. ("Company"), which are binding, Acme Bio, Inc. and LSU agree.',
    ]);
  });

  test('an abbreviation or initial before a full stop does not end the sentence', () => {
    assert.deepEqual(sentencesOf('Patents granted in the U.S. Patent Office and by Lion City Bio Pte. Ltd. as agreed. Next one'), [
      'Patents granted in the U.S. Patent Office and by Lion City Bio Pte. Ltd. as agreed.',
      'Next one',
    ]);
  });

  test('a wrapped line is one sentence; a blank line and a list item end one', () => {
    assert.deepEqual(sentencesOf('No freedom-to-operate\nanalysis has been done\n\nData are shared\n- mutually'), [
      'No freedom-to-operate\nanalysis has been done',
      'Data are shared',
      '- mutually',
    ]);
  });
});
