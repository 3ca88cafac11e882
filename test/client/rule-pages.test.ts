import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { count, ruleCatalogMarkdown, ruleMarkdown, rulePageTarget, severityAndFix } from '../../client/src/rule-pages';
import type { RuleInfo } from '../../server/src/lsp/protocol';

function rule(overrides: Partial<RuleInfo> & Pick<RuleInfo, 'id'>): RuleInfo {
  return { title: `Title of ${overrides.id}`, category: 'Pitfalls', severity: 'warning', fixable: false, why: `Why ${overrides.id} matters.`, ...overrides };
}

const RULES: RuleInfo[] = [
  rule({ id: 'placeholder-left', category: 'Hygiene', docsHref: 'https://example.test/rules/placeholder-left' }),
  rule({ id: 'fto-missing', category: 'Pitfalls', severity: 'error', fixable: true, docsHref: 'file:///opt/ext/rules/fto-missing/README.md' }),
  rule({ id: 'acme/min-royalty', category: 'Custom', severity: 'off' }),
  rule({ id: 'deal-value-mismatch', category: 'Economics', fixable: true }),
  rule({ id: 'patent-india-gap', category: 'Pitfalls' }),
];

describe('rule catalog page', () => {
  const page = ruleCatalogMarkdown(RULES);

  test('groups rules by category in catalog order, keeping the server order within a category', () => {
    const headings = page.split('\n').filter((line) => /^#{1,3} /.test(line));
    assert.deepEqual(headings, [
      '# Term sheet rules',
      '## Pitfalls',
      '### Title of fto-missing',
      '### Title of patent-india-gap',
      '## Economics',
      '### Title of deal-value-mismatch',
      '## Hygiene',
      '### Title of placeholder-left',
      '## Custom',
      '### Title of acme/min-royalty',
    ]);
  });

  test('each rule shows its id, severity, whether it is fixable, why, and a link to its page', () => {
    const section = page.slice(page.indexOf('### Title of fto-missing'), page.indexOf('### Title of patent-india-gap'));
    assert.match(section, /`fto-missing` · error · quick fix/);
    assert.match(section, /Why fto-missing matters\./);
    assert.match(section, /\[Full page\]\(file:\/\/\/opt\/ext\/rules\/fto-missing\/README\.md\)/);
    assert.match(page, /`acme\/min-royalty` · off · no automatic fix/);
    // No page, no dead link.
    const custom = page.slice(page.indexOf('### Title of acme/min-royalty'));
    assert.doesNotMatch(custom, /Full page/);
  });

  test('counts the rules and says whose severities they are', () => {
    assert.match(page, /^5 rules\. Severities are the defaults/m);
    assert.match(ruleCatalogMarkdown(RULES, { documentName: 'deal.termsheet.yaml' }), /in force for `deal\.termsheet\.yaml`/);
    assert.match(ruleCatalogMarkdown([RULES[0]]), /^1 rule\./m);
  });

  test('links to every non-empty category at the top', () => {
    assert.match(page, /\[Pitfalls\]\(#pitfalls\) \(2\) · \[Economics\]\(#economics\) \(1\) · \[Hygiene\]\(#hygiene\) \(1\) · \[Custom\]\(#custom\) \(1\)/);
  });

  test('an unknown category follows the known ones; a blank one counts as custom', () => {
    const headings = ruleCatalogMarkdown([rule({ id: 'a', category: 'Zoning' }), rule({ id: 'b', category: ' ' }), rule({ id: 'c', category: 'Asset' })])
      .split('\n')
      .filter((line) => line.startsWith('## '));
    assert.deepEqual(headings, ['## Asset', '## Custom', '## Zoning']);
  });

  test('a link with spaces or parentheses stays one link', () => {
    const page = ruleCatalogMarkdown([rule({ id: 'x', docsHref: 'https://intranet.example/play book (v2)#law' })]);
    assert.match(page, /\[Full page\]\(https:\/\/intranet\.example\/play%20book%20%28v2%29#law\)/);
  });

  test('no rules at all is still a page', () => {
    assert.match(ruleCatalogMarkdown([]), /^# Term sheet rules\n\n0 rules\./);
  });
});

describe('single rule page', () => {
  test('the rule as a page of its own, titled by the rule', () => {
    const page = ruleMarkdown(RULES[2]);
    assert.ok(page.startsWith('# Title of acme/min-royalty\n'));
    assert.match(page, /Why acme\/min-royalty matters\./);
  });
});

describe('where a rule page opens', () => {
  test('local pages in the preview, web pages in the browser, anything else nowhere', () => {
    assert.deepEqual(rulePageTarget('file:///opt/ext/rules/x/README.md'), { kind: 'preview', href: 'file:///opt/ext/rules/x/README.md' });
    assert.deepEqual(rulePageTarget('https://example.test/x'), { kind: 'external', href: 'https://example.test/x' });
    assert.deepEqual(rulePageTarget('HTTP://example.test/x'), { kind: 'external', href: 'HTTP://example.test/x' });
    assert.deepEqual(rulePageTarget(undefined), { kind: 'none' });
    assert.deepEqual(rulePageTarget('javascript:alert(1)'), { kind: 'none' });
    assert.deepEqual(rulePageTarget('command:workbench.action.quit'), { kind: 'none' });
    assert.deepEqual(rulePageTarget('rules/x/README.md'), { kind: 'none' });
  });
});

describe('wording', () => {
  test('quick-pick detail', () => {
    assert.equal(severityAndFix(RULES[1]), 'error · quick fix');
    assert.equal(severityAndFix(RULES[0]), 'warning · no automatic fix');
  });

  test('counts', () => {
    assert.equal(count(1, 'rule'), '1 rule');
    assert.equal(count(0, 'rule'), '0 rules');
    assert.equal(count(2, 'fix', 'fixes'), '2 fixes');
  });
});
