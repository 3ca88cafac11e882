import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PLACEHOLDER } from '../../server/src/engine';
import { findMoney } from '../../server/src/engine/values/find-in-prose';

// The injection grammar repeats the engine's placeholder and money patterns in Oniguruma syntax,
// so what the editor colours is what the linter reads. These tests run the grammar's patterns (as
// JavaScript regular expressions: the constructs they use mean the same in both) against the
// engine's own readers on every line of the examples and on the spellings below.

/** The repository root, from out/test/grammar/. */
const ROOT = path.resolve(__dirname, '../../..');

interface Rule {
  match?: string;
  patterns?: Rule[];
}
const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes/termsheet.injection.tmLanguage.json'), 'utf8')) as {
  repository: Record<string, Rule>;
};

/** An Oniguruma pattern as a global JavaScript one: a leading (?i) becomes the i flag. */
function toJavaScript(pattern: string): RegExp {
  assert.doesNotMatch(pattern, /\\[GAzZh]|\(\?(?:[a-z]+-?[a-z]*|-[a-z]+):|[*+?}]\+/, 'only constructs that JavaScript reads the same way');
  const caseless = pattern.startsWith('(?i)');
  return new RegExp(caseless ? pattern.slice(4) : pattern, caseless ? 'giu' : 'gu');
}

/** Start and end of every match, leftmost first and not overlapping, as a TextMate scanner takes them. */
function spans(patterns: readonly RegExp[], text: string): string[] {
  const found: string[] = [];
  for (let at = 0; at < text.length;) {
    let best: RegExpExecArray | undefined;
    for (const pattern of patterns) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match && match[0] !== '' && (!best || match.index < best.index)) best = match;
    }
    if (!best) break;
    found.push(`${best.index}-${best.index + best[0].length}`);
    at = best.index + best[0].length;
  }
  return found;
}

const placeholderPattern = toJavaScript(grammar.repository.placeholder.match!);
const moneyPatterns = grammar.repository.money.patterns!.map((rule) => toJavaScript(rule.match!));

const exampleLines = readdirSync(path.join(ROOT, 'examples'))
  .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
  .flatMap((name) => readFileSync(path.join(ROOT, 'examples', name), 'utf8').split('\n'));

const PLACEHOLDER_SPELLINGS = [
  'name: "[TBD]", [TBC], [TBA], [tbd], [tbc], [●], [•], [xx], [XXX], [___], [ ]',
  '[TBD: scope] and [TBD - Phase 3 start] and [TBD – Q3]',
  '{{licensee}} and {{ p3_amount }}',
  'TBD, TBC, TBA, XX% and XXX units',
  'not: TBD-101, XXL, USD XXM, notTBDword, tbd, [TBDX], [ TBD ], [  ], {{a}b}}',
  'éTBD and TBDé and _TBD and TBD_',
  '[DATE], <COMPANY>, [Company name], [INSERT: FULL COMPANY NAME], {inventor}, $X, X %, x percent, $______, $[___], 20[__], [1-3], [5-10%], W%–Z%',
  'not: Phase X, $X-ray, <br>, <sup>1</sup>, [Licensee], [ASEAN], [1], [2025], __init__, [***], [x-ray]',
  '[New York / Hong Kong], [first-in-class | best-in-class], [target], [any and all uses [in humans]], [5]%, $[50,000], <Define field>, [Name of project], !!NAME OF LICENSEE, {Company.US.N,E,A}',
  'not: [N/A], [t]he, [a], [sic], [link](https://example.com), [A/B](https://example.com), see [3] above',
  'territory: [southeast-asia]  # a YAML flow list, not a blank',
  'Field: [target] cells, and [target]',
];

const MONEY_SPELLINGS = [
  'USD 20M, $20,000,000, €5m, 20 million USD, RMB 100,000,000',
  'US$ 1.5 billion, U.S.$ 3m, HK$ 3m, NT$ 500k, CA$2m, C$ 2m, A$ 1m, S$ 4m, R$ 9m, CN¥ 8m, JP¥ 100m',
  '£2.5 mn, ¥80万, ￥80万, ₩5bn, ₹40 crore, 人民币500万元, 500万元, 1亿元, 300万円',
  'usd 5m, Eur 5 Million, 20 million US dollars, 3 billion yen, 5 million Swiss francs, 2 million pounds sterling',
  '10 million Hong Kong dollars, 7 billion Korean won, 4m renminbi, 9 euros, 2 dollars',
  'not: 2026, 25,000,000, 12%, 180 days, 120 patients, US 11,234,567, Phase 2, 1.5x',
  'edge: $20 millionaire, 5musd, x20 USD, 20-USD, 1,2345 USD, USD20M, 20MUSD',
];

describe('grammar placeholders agree with placeholder-left', () => {
  for (const [name, lines] of [
    ['examples', exampleLines],
    ['spellings', PLACEHOLDER_SPELLINGS],
  ] as const) {
    test(name, () => {
      for (const line of lines) {
        const engine = [...line.matchAll(new RegExp(PLACEHOLDER.source, 'g'))].map((m) => `${m.index}-${m.index + m[0].length}`);
        assert.deepEqual(spans([placeholderPattern], line), engine, line);
      }
    });
  }

  test('the spellings cover every kind of placeholder', () => {
    const marked = PLACEHOLDER_SPELLINGS.flatMap((line) => line.match(new RegExp(PLACEHOLDER.source, 'g')) ?? []);
    for (const kind of [
      '[TBD]',
      '[●]',
      '[ ]',
      '{{licensee}}',
      'XX',
      'TBD',
      '[TBD: scope]',
      '[DATE]',
      '<COMPANY>',
      '$[___]',
      'X %',
      '[5-10%]',
      '[New York / Hong Kong]',
      '[target]',
      '[5]%',
      '<Define field>',
      '!!NAME OF LICENSEE',
    ])
      assert.ok(marked.includes(kind), kind);
  });
});

describe('grammar money agrees with the prose money reader', () => {
  for (const [name, lines] of [
    ['examples', exampleLines],
    ['spellings', MONEY_SPELLINGS],
  ] as const) {
    test(name, () => {
      for (const line of lines) {
        const engine = findMoney(line).map((found) => `${found.start}-${found.end}`);
        assert.deepEqual(spans(moneyPatterns, line), engine, line);
      }
    });
  }

  test('the examples hold amounts to compare', () => {
    assert.ok(exampleLines.filter((line) => findMoney(line).length > 0).length >= 20);
  });
});
