import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { commandLink, EXPLAIN_RULE_COMMAND, explainRuleArgs, explainRuleLink, ruleOfPageHref, withRulePageLinks } from '../../client/src/rule-links';
import { remoteRuleDocUrl } from '../../server/src/engine/docs';
import { ruleDocHref } from '../../server/src/lsp/docs-links';

/**
 * What VS Code does with a command link before running it (CommandOpener in openerService.ts): the
 * link is parsed as a URI, which decodes its query, and the query is decoded again before it is read
 * as JSON, falling back to the query as it is.
 */
function argsVsCodeReads(link: string): { command: string; args: unknown } {
  const [, command, query] = /^command:([^?]*)\?(.*)$/.exec(link) ?? [];
  assert.ok(command && query !== undefined, link);
  const parsed = decodeURIComponent(query);
  let args: unknown;
  try {
    args = JSON.parse(decodeURIComponent(parsed));
  } catch {
    args = JSON.parse(parsed);
  }
  return { command, args };
}

describe('command links', () => {
  test('the arguments come out as they went in, whatever a document URI holds', () => {
    for (const uri of [
      'file:///deals/q3.termsheet.yaml',
      'file:///deals/Q3%20deal%20%2350%25.termsheet.yaml',
      'file:///deals/%25E9.termsheet.yaml',
      'vscode-remote://ssh-remote%2Bbox/deals/(draft).termsheet.md',
    ]) {
      assert.deepEqual(argsVsCodeReads(commandLink(EXPLAIN_RULE_COMMAND, ['acme/law', uri])), { command: EXPLAIN_RULE_COMMAND, args: ['acme/law', uri] }, uri);
    }
  });

  test('a link is one Markdown link destination: no spaces or parentheses', () => {
    const link = commandLink(EXPLAIN_RULE_COMMAND, ['acme/law', 'file:///deals/(draft) one.md']);
    assert.doesNotMatch(link, /[\s()]/);
  });

  test("a built-in rule's link names only the rule; a custom rule's names the sheet whose config has it", () => {
    assert.deepEqual(explainRuleArgs('fto-missing', 'file:///deals/a.termsheet.yaml'), ['fto-missing']);
    assert.deepEqual(explainRuleArgs('acme/law', 'file:///deals/a.termsheet.yaml'), ['acme/law', 'file:///deals/a.termsheet.yaml']);
    assert.deepEqual(explainRuleArgs('acme/law', undefined), ['acme/law']);
    assert.equal(explainRuleLink('fto-missing', 'file:///deals/a.termsheet.yaml'), 'command:termsheet.explainRule?%5B%22fto-missing%22%5D');
  });
});

describe('links to rule pages', () => {
  test("the server's links to a rule page name the rule: the shipped file, wherever installed, and the published page", () => {
    assert.equal(ruleOfPageHref(ruleDocHref('fto-missing')), 'fto-missing');
    assert.equal(ruleOfPageHref(pathToFileURL(join('/opt', 'my extensions (1)', 'rules', 'placeholder-left', 'README.md')).href), 'placeholder-left');
    assert.equal(ruleOfPageHref('file:///c:/Users/a/.vscode/extensions/termsheet-lint.termsheet-lint-0.1.0/rules/fto-missing/README.md'), 'fto-missing');
    assert.equal(ruleOfPageHref(remoteRuleDocUrl('deal-value-mismatch')), 'deal-value-mismatch');
  });

  test('other links are not rule pages', () => {
    for (const href of [
      'https://example.test/rules/fto-missing/README.md',
      'file:///team/docs/law.md',
      'file:///opt/ext/rules/fto-missing/README.md#why',
      'file:///opt/ext/rules/acme/law/README.md',
      'command:termsheet.explainRule?%5B%22fto-missing%22%5D',
      `${remoteRuleDocUrl('fto-missing')}/../../secrets`,
      'rules/fto-missing/README.md',
    ]) {
      assert.equal(ruleOfPageHref(href), undefined, href);
    }
  });

  test("a hover's link to a rule page runs Explain Rule, titled by the rule instead of the install path", () => {
    const href = ruleDocHref('deal-value-mismatch');
    const hover = `**Total deal value** (\`deal-value-mismatch\`, error)\n\nWhy.\n\n[Rule documentation](${href})`;
    const linked = withRulePageLinks(hover, (ruleId) => explainRuleLink(ruleId, undefined));
    assert.equal(
      linked,
      '**Total deal value** (`deal-value-mismatch`, error)\n\nWhy.\n\n[Rule documentation](command:termsheet.explainRule?%5B%22deal-value-mismatch%22%5D "Show the deal-value-mismatch page")',
    );
    assert.ok(!linked.includes('file:'), linked);
  });

  test('every rule link of a hover is replaced; other links, and text that only looks like a link, are kept', () => {
    const markdown = [
      `[a](${ruleDocHref('fto-missing')}) [b](${remoteRuleDocUrl('placeholder-left')} "Published")`,
      '[web](https://example.test/x) [local](file:///team/law.md)',
      '`[code](file:///opt/ext/rules/fto-missing/README.md` is not closed',
    ].join('\n');
    const linked = withRulePageLinks(markdown, (ruleId) => `command:open?${ruleId}`);
    assert.equal(
      linked,
      [
        '[a](command:open?fto-missing "Show the fto-missing page") [b](command:open?placeholder-left "Show the placeholder-left page")',
        '[web](https://example.test/x) [local](file:///team/law.md)',
        '`[code](file:///opt/ext/rules/fto-missing/README.md` is not closed',
      ].join('\n'),
    );
  });
});
