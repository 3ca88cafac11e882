import { test } from 'node:test';
import { deepStrictEqual } from 'node:assert/strict';
import { readPercent } from '../../server/src/engine/values/percent';

const READS: ReadonlyArray<[unknown, number]> = [
  ['10%', 10],
  ['12.5 %', 12.5],
  ['12.5%', 12.5],
  ['10 percent', 10],
  ['10 Percent', 10],
  ['10 per cent', 10],
  ['10percent', 10],
  ['0.5%', 0.5], // with a % sign it is points, even below 1
  ['  7%  ', 7],
  ['100%', 100],
  ['1000%', 1000],
  ['.5%', 0.5],
  [10, 10],
  [1, 1],
  [12.5, 12.5],
  [0.1, 10], // a bare number below 1 is a fraction
  [0.07, 7], // not 7.000000000000001
  [0.125, 12.5],
  [0.333, 33.3],
  [0, 0],
  [-0, 0],
  ['0.1', 10],
  ['0', 0],
  ['15', 15],
  ['0.035', 3.5],
  ['3.1', 3.1],
];

const REJECTS: ReadonlyArray<[string, unknown]> = [
  ['empty', ''],
  ['blank', '  '],
  ['negative number', -5],
  ['negative string', '-5%'],
  ['above 1000', 1001],
  ['above 1000 string', '1500%'],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['words', 'ten percent'],
  ['prose', '10% of net sales'],
  ['section number', '3.1.2'],
  ['money', 'USD 5M'],
  ['percent sign first', '%10'],
  ['two signs', '10%%'],
  ['comma decimal', '12,5%'],
  ['boolean', false],
  ['null', null],
  ['object', { value: 10 }],
  ['array', [10]],
  ['patent number', 'WO2023/123456'],
  ['long string', '1'.repeat(100000) + '%'],
  ['long spaces', '1' + ' '.repeat(100000) + '%'],
];

test('readPercent reads percent points', () => {
  for (const [input, expected] of READS) {
    deepStrictEqual(readPercent(input), expected, `readPercent(${JSON.stringify(input)})`);
  }
});

for (const [name, input] of REJECTS) {
  test(`readPercent rejects ${name}`, () => {
    deepStrictEqual(readPercent(input), undefined);
  });
}
