import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, test } from 'node:test';
import {
  CATALOG_PATH,
  count,
  missingPageMarkdown,
  ruleCatalogMarkdown,
  ruleMarkdown,
  rulePage,
  severityAndFix,
  shippedPageMarkdown,
  shippedPagePath,
  shippedRuleOfPath,
  unreadablePageMarkdown,
} from '../../client/src/rule-pages';
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
    assert.match(page, /`acme\/min-royalty` · off · no automatic fix/);
    // No page, no dead link.
    const custom = page.slice(page.indexOf('### Title of acme/min-royalty'));
    assert.doesNotMatch(custom, /Full page/);
  });

  test("a built-in rule's link is its shipped page, relative to the catalog, never the file the server names", () => {
    const links = [...page.matchAll(/\[Full page\]\(([^)]*)\)/g)].map((match) => match[1]);
    // The preview refuses file: links and prints them as text, install path and all.
    assert.ok(!page.includes('file:'), page);
    assert.deepEqual(links, ['rules/fto-missing.md', 'rules/patent-india-gap.md', 'rules/deal-value-mismatch.md', 'rules/placeholder-left.md']);
    // Followed from the catalog, each lands on the page Explain Rule shows.
    for (const link of links) {
      const path = posix.join(posix.dirname(CATALOG_PATH), link);
      assert.equal(shippedPagePath(shippedRuleOfPath(path)!), path);
    }
  });

  test("a custom rule's local page has no catalog link: the preview could not follow it", () => {
    const page = ruleCatalogMarkdown([rule({ id: 'acme/law', category: 'Custom', docsHref: 'file:///team/law.md' })]);
    assert.doesNotMatch(page, /Full page|file:/);
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
    const page = ruleCatalogMarkdown([rule({ id: 'acme/x', docsHref: 'https://intranet.example/play book (v2)#law' })]);
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
  test('a built-in rule: its shipped page, whatever link the server gives', () => {
    for (const docsHref of [
      'file:///opt/ext/rules/fto-missing/README.md',
      'https://github.com/termsheet-lint/termsheet-lint/blob/main/rules/fto-missing/README.md',
      undefined,
    ]) {
      assert.deepEqual(rulePage({ id: 'fto-missing', docsHref }), { kind: 'shipped', path: '/rules/fto-missing.md' });
    }
  });

  test("a custom rule: its config's local page in the preview, a web page in the browser, else a page made of what the server knows", () => {
    assert.deepEqual(rulePage({ id: 'acme/x', docsHref: 'file:///team/x.md' }), { kind: 'preview', href: 'file:///team/x.md' });
    assert.deepEqual(rulePage({ id: 'acme/x', docsHref: 'https://example.test/x' }), { kind: 'external', href: 'https://example.test/x' });
    assert.deepEqual(rulePage({ id: 'acme/x', docsHref: 'HTTP://example.test/x' }), { kind: 'external', href: 'HTTP://example.test/x' });
    const generated = { kind: 'generated', path: '/custom/acme-x.md' };
    assert.deepEqual(rulePage({ id: 'acme/x' }), generated);
    assert.deepEqual(rulePage({ id: 'acme/x', docsHref: 'javascript:alert(1)' }), generated);
    assert.deepEqual(rulePage({ id: 'acme/x', docsHref: 'command:workbench.action.quit' }), generated);
    assert.deepEqual(rulePage({ id: 'acme/x', docsHref: 'rules/x/README.md' }), generated);
  });

  test('a shipped page path names its rule; nothing else does', () => {
    assert.equal(shippedRuleOfPath('/rules/fto-missing.md'), 'fto-missing');
    for (const path of [CATALOG_PATH, '/rules/.md', '/rules/../secrets.md', '/rules/a/b.md', '/custom/acme-x.md', '/rules/fto-missing', '/rules/Fto.md']) {
      assert.equal(shippedRuleOfPath(path), undefined, path);
    }
  });
});

describe('shipped rule pages', () => {
  const RULES_DIR = join(__dirname, '..', '..', '..', 'rules');
  const ruleIds = readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'support')
    .map((entry) => entry.name);

  test("every relative link of every page leads to another rule's page", () => {
    assert.ok(ruleIds.length > 30, 'the rules are found');
    let links = 0;
    for (const ruleId of ruleIds) {
      const page = shippedPageMarkdown(readFileSync(join(RULES_DIR, ruleId, 'README.md'), 'utf8'));
      for (const [, target] of page.matchAll(/\]\(([^)\s]+)[^)]*\)/g)) {
        if (/^[a-z][a-z0-9+.-]*:|^#/i.test(target)) continue;
        links++;
        const path = posix.join(posix.dirname(shippedPagePath(ruleId)), target.replace(/#.*/, ''));
        const linked = shippedRuleOfPath(path);
        assert.ok(linked !== undefined && ruleIds.includes(linked), `${ruleId}: ${target} leads to ${path}`);
      }
    }
    assert.ok(links > 100, `${links} links between the pages`);
  });

  test('links to sibling READMEs become links to their pages, anchors kept; other links stay', () => {
    const readme = [
      'See [placeholder-left](../placeholder-left/README.md) and [the fix](../fto-missing/README.md#quick-fix "Fix").',
      '[ref]: ../patent-india-gap/README.md',
      '[web](https://example.test/rules/x/README.md) [here](#why-it-matters) [up](../../docs/README.md)',
    ].join('\n');
    assert.equal(
      shippedPageMarkdown(readme),
      [
        'See [placeholder-left](placeholder-left.md) and [the fix](fto-missing.md#quick-fix "Fix").',
        '[ref]: patent-india-gap.md',
        '[web](https://example.test/rules/x/README.md) [here](#why-it-matters) [up](../../docs/README.md)',
      ].join('\n'),
    );
  });

  test('a page that cannot be read or does not exist says so, as a page', () => {
    const unreadable = unreadablePageMarkdown('fto-missing');
    assert.match(unreadable, /^# fto-missing\n/);
    assert.match(unreadable, /<https:\/\/github\.com\/termsheet-lint\/termsheet-lint\/blob\/main\/rules\/fto-missing\/README\.md>/);
    assert.match(missingPageMarkdown('/rules/nope.md'), /^# No such page\n\n.*`\/rules\/nope\.md`.*Show Rule Catalog/);
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
