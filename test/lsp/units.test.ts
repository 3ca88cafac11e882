import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, readSheet, type Finding, type Rule, type Sheet } from '../../server/src/engine';
import { findingFor, kindRequested, quickFixes } from '../../server/src/lsp/code-actions';
import { toDiagnostic, toTextEdits } from '../../server/src/lsp/convert';
import { findLocalRuleDoc, RULE_DOCS_BASE_URL, ruleDocHref } from '../../server/src/lsp/docs-links';
import { DocumentLinter, type DocumentLinterHost, type LintOutcome } from '../../server/src/lsp/documents';
import { isTermSheetUri } from '../../server/src/lsp/file-filter';
import { hoverAt, rangeContains } from '../../server/src/lsp/hover';
import { effectiveConfig, readInitializationOptions, readRuleSettings } from '../../server/src/lsp/settings';

function finding(ruleId: string, text: string, start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return { ruleId, severity: 'warning', message: `${ruleId} here`, range: new LineIndex(text).range(start, end), ...extra };
}

function outcomeOf(text: string, findings: Finding[], uri = 'file:///a.termsheet.yaml'): LintOutcome {
  return {
    uri,
    version: 1,
    text,
    findings,
    diagnostics: findings.map((item) => toDiagnostic(item, uri)),
    failed: false,
    sheet: () => undefined,
    lines: () => new LineIndex(text),
  };
}

describe('file filter', () => {
  test('term-sheet suffixes, case-insensitively, and nothing else', () => {
    for (const uri of [
      'file:///a/deal.termsheet.yaml',
      'file:///a/deal.termsheet.yml',
      'file:///a/deal.termsheet.md',
      'file:///a/Deal.TermSheet.YAML',
      'file:///a/with%20space.termsheet.yaml',
      'untitled:draft.termsheet.yaml',
      'file:///a/deal.termsheet.yaml?query#fragment',
    ]) {
      assert.ok(isTermSheetUri(uri), uri);
    }
    for (const uri of [
      'file:///a/other.yaml',
      'file:///a/termsheet.yaml',
      'file:///a/deal.termsheet.yaml.bak',
      'file:///a/README.md',
      'file:///a.termsheet.yaml/x.yaml',
      '::not a uri',
    ]) {
      assert.ok(!isTermSheetUri(uri), uri);
    }
  });
});

describe('settings', () => {
  test('initialization options: debounce defaults and bounds, rules sanitised', () => {
    assert.equal(readInitializationOptions(undefined).debounceMs, 200);
    assert.equal(readInitializationOptions({ debounceMs: 10 }).debounceMs, 10);
    assert.equal(readInitializationOptions({ debounceMs: -5 }).debounceMs, 0);
    assert.equal(readInitializationOptions({ debounceMs: 1e9 }).debounceMs, 10_000);
    assert.equal(readInitializationOptions({ debounceMs: '5' }).debounceMs, 200);
    assert.deepEqual(readInitializationOptions({ rules: { syntax: 'off' } }).settings.rules, { syntax: 'off' });
  });

  test('rule settings keep severities and option objects only', () => {
    assert.deepEqual(readRuleSettings({ a: 'off', b: { severity: 'error', max: 3 }, c: 42, d: null, e: ['x'] }), {
      a: 'off',
      b: { severity: 'error', max: 3 },
    });
    assert.deepEqual(readRuleSettings('junk'), {});
  });

  test('editor settings apply over a base config', () => {
    const config = effectiveConfig({ enable: true, rules: { a: 'off' }, run: 'onType', files: [] }, { extends: 'strict', rules: { a: 'error', b: 'hint' } });
    assert.deepEqual(config, { extends: 'strict', rules: { a: 'off', b: 'hint' } });
  });
});

describe('documentation links', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'termsheet-docs-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('found by walking up at most five levels', () => {
    mkdirSync(path.join(root, 'rules', 'some-rule'), { recursive: true });
    writeFileSync(path.join(root, 'rules', 'some-rule', 'README.md'), '# some rule\n');
    const four = path.join(root, 'out', 'server', 'src', 'lsp');
    const six = path.join(root, 'a', 'b', 'c', 'd', 'e', 'f');
    mkdirSync(four, { recursive: true });
    mkdirSync(six, { recursive: true });
    assert.equal(findLocalRuleDoc('some-rule', four), path.join(root, 'rules', 'some-rule', 'README.md'));
    assert.equal(findLocalRuleDoc('some-rule', path.join(root, 'dist')), path.join(root, 'rules', 'some-rule', 'README.md'));
    assert.equal(findLocalRuleDoc('some-rule', six), undefined);
    assert.equal(findLocalRuleDoc('../some-rule', four), undefined);
  });

  test('the published page when there is no local one', () => {
    assert.equal(ruleDocHref('no-such-rule-anywhere'), `${RULE_DOCS_BASE_URL}no-such-rule-anywhere/README.md`);
  });
});

describe('conversion', () => {
  test('offset edits become LSP edits; overlapping ones are dropped', () => {
    const text = 'a: 1\nb: 2\n';
    const edits = toTextEdits(
      [
        { start: 8, end: 9, newText: '3' },
        { start: 3, end: 4, newText: '9' },
        { start: 3, end: 5, newText: 'overlap' },
      ],
      new LineIndex(text),
    );
    assert.deepEqual(edits, [
      { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } }, newText: '9' },
      { range: { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } }, newText: '3' },
    ]);
    assert.equal(TextDocument.applyEdits(TextDocument.create('u', 'yaml', 1, text), edits), 'a: 9\nb: 3\n');
  });

  test('severity, code, source and related information', () => {
    const text = 'a: 1\nb: 2\n';
    const related = [{ range: new LineIndex(text).range(5, 6), message: 'see b' }];
    const severities = { error: 1, warning: 2, info: 3, hint: 4 } as const;
    for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
      const diagnostic = toDiagnostic(finding('some-rule', text, 0, 1, { severity, related }), 'file:///u');
      assert.equal(diagnostic.severity, severities[severity]);
      assert.equal(diagnostic.code, 'some-rule');
      assert.equal(diagnostic.source, 'termsheet');
      assert.deepEqual(diagnostic.relatedInformation, [
        { location: { uri: 'file:///u', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } }, message: 'see b' },
      ]);
    }
  });
});

describe('hover and code actions', () => {
  const text = 'license:\n  scope: exclusive\n';
  const rule: Rule = {
    meta: {
      id: 'scope-rule',
      category: 'structure',
      defaultSeverity: 'warning',
      title: 'Scope is stated',
      why: 'Because ```fences``` happen.',
      goodExample: 'license:\n  scope: exclusive\n  note: "```"',
      fixable: true,
    },
    check: () => undefined,
  };

  test('containment includes both ends, so empty ranges can be hovered', () => {
    const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } };
    assert.ok(rangeContains(range, { line: 1, character: 2 }));
    assert.ok(!rangeContains(range, { line: 1, character: 3 }));
  });

  test('several findings at one place are all shown, separated by rules', () => {
    const outcome = outcomeOf(text, [finding('scope-rule', text, 11, 16), finding('other-rule', text, 13, 27)]);
    const hover = hoverAt(outcome, { line: 1, character: 4 }, new Map([[rule.meta.id, rule]]));
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
    const markdown = hover.contents.value;
    assert.equal(markdown.split('\n\n---\n\n').length, 2);
    assert.ok(markdown.startsWith('**Scope is stated** (`scope-rule`, warning)'));
    assert.ok(markdown.includes('````yaml\n'), 'the fence outlasts the backticks in the example');
    assert.deepEqual(hover.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } });
    assert.equal(hoverAt(outcome, { line: 0, character: 0 }, new Map()), null);
  });

  test('quick fixes: only our diagnostics, matched by code, range and message; honours `only`', () => {
    const fix = { title: 'Say so', edits: [{ start: 18, end: 27, newText: 'co-exclusive' }] };
    const first = finding('scope-rule', text, 11, 16, { message: 'first' });
    const second = finding('scope-rule', text, 11, 16, { message: 'second', fix });
    const outcome = outcomeOf(text, [first, second]);
    const [, diagnostic] = outcome.diagnostics;
    assert.equal(findingFor(outcome, diagnostic), second);
    assert.equal(findingFor(outcome, { ...diagnostic, source: 'yaml' }), undefined);

    const actions = quickFixes(outcome, { diagnostics: [diagnostic] });
    assert.deepEqual(
      actions.map((action) => [action.title, action.isPreferred]),
      [
        ['Say so', true],
        ['Disable scope-rule for this line', undefined],
      ],
    );
    assert.deepEqual(actions[0].edit?.changes?.[outcome.uri], [
      { range: { start: { line: 1, character: 9 }, end: { line: 1, character: 18 } }, newText: 'co-exclusive' },
    ]);
    assert.deepEqual(quickFixes(outcome, { diagnostics: [diagnostic], only: ['refactor'] }), []);
    assert.equal(quickFixes(outcome, { diagnostics: [diagnostic], only: ['quickfix'] }).length, 2);
    assert.ok(kindRequested([''], 'quickfix') && kindRequested(undefined, 'quickfix') && !kindRequested(['quickfix.other'], 'quickfix'));
  });

  test('quick fixes: a fix is preferred; each suggestion is its own quick fix, titled for what it changes and never preferred', () => {
    const fix = { title: 'Rename "scop" to "scope"', edits: [{ start: 11, end: 16, newText: 'scope' }] };
    const suggestions = [
      { title: 'Make the licence co-exclusive (changes the scope)', edits: [{ start: 18, end: 27, newText: 'co-exclusive' }] },
      { title: 'Make the licence non-exclusive (changes the scope)', edits: [{ start: 18, end: 27, newText: 'non-exclusive' }] },
    ];
    const outcome = outcomeOf(text, [finding('scope-rule', text, 11, 16, { fix, suggestions })]);
    const actions = quickFixes(outcome, { diagnostics: [...outcome.diagnostics] });
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind, action.isPreferred]),
      [
        ['Rename "scop" to "scope"', 'quickfix', true],
        ['Make the licence co-exclusive (changes the scope)', 'quickfix', undefined],
        ['Make the licence non-exclusive (changes the scope)', 'quickfix', undefined],
        ['Disable scope-rule for this line', 'quickfix', undefined],
      ],
    );
    assert.deepEqual(actions[2].edit?.changes?.[outcome.uri], [
      { range: { start: { line: 1, character: 9 }, end: { line: 1, character: 18 } }, newText: 'non-exclusive' },
    ]);
  });

  test('quick fixes: fixes not written with the findings are asked for once, for every diagnostic of the request', () => {
    const first = finding('scope-rule', text, 11, 16, { message: 'first' });
    const second = finding('scope-rule', text, 11, 16, { message: 'second' });
    const outcome = outcomeOf(text, [first, second]);
    const asked: Finding[][] = [];
    const editsOf = (findings: readonly Finding[]) => {
      asked.push([...findings]);
      return new Map([[second, { fix: { title: 'Say so', edits: [{ start: 18, end: 27, newText: 'co-exclusive' }] } }]]);
    };
    const actions = quickFixes(outcome, { diagnostics: [...outcome.diagnostics] }, { editsOf });
    assert.deepEqual(asked, [[first, second]]);
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Disable scope-rule for this line', 'Say so', 'Disable scope-rule for this line'],
    );
  });
});

describe('document linter', () => {
  interface Published {
    uri: string;
    version: number | undefined;
    diagnostics: Diagnostic[];
  }

  function harness(check: DocumentLinterHost['check'], debounceMs = 50) {
    const published: Published[] = [];
    const errors: string[] = [];
    const open = new Map<string, TextDocument>();
    const linter = new DocumentLinter(
      {
        check,
        publish: (uri, version, diagnostics) => published.push({ uri, version, diagnostics }),
        logError: (message) => errors.push(message),
        getDocument: (uri) => open.get(uri),
      },
      debounceMs,
    );
    return { linter, published, errors, open };
  }

  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  test('a check that throws becomes one internal-error diagnostic, and is logged', () => {
    const { linter, published, errors } = harness(() => {
      throw new Error('boom\nstack details');
    });
    const document = TextDocument.create('file:///x.termsheet.yaml', 'yaml', 3, 'first line\nsecond\n');
    const outcome = linter.lintNow(document);
    assert.equal(outcome.failed, true);
    assert.equal(published.length, 1);
    assert.equal(published[0].version, 3);
    assert.deepEqual(published[0].diagnostics, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
        severity: 1,
        source: 'termsheet',
        code: 'internal-error',
        message: 'termsheet-lint could not check this file: boom',
      },
    ]);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /boom/);
  });

  test('changes are debounced to one lint of the latest version; close cancels and clears', () => {
    let checks = 0;
    const { linter, published, open } = harness(() => {
      checks++;
      return { findings: [] };
    });
    const uri = 'file:///y.termsheet.yaml';
    let document = TextDocument.create(uri, 'yaml', 1, 'a: 1\n');
    open.set(uri, document);
    linter.lintNow(document);
    for (let version = 2; version <= 5; version++) {
      document = TextDocument.update(document, [{ text: `a: ${version}\n` }], version);
      open.set(uri, document);
      linter.schedule(document);
      mock.timers.tick(20);
    }
    assert.equal(checks, 1, 'nothing linted while the changes keep coming');
    mock.timers.tick(50);
    assert.equal(checks, 2);
    assert.deepEqual(
      published.map((params) => params.version),
      [1, 5],
    );

    // A request on a newer version lints at once and makes the pending lint unnecessary.
    document = TextDocument.update(document, [{ text: 'a: 6\n' }], 6);
    open.set(uri, document);
    linter.schedule(document);
    assert.equal(linter.current(document).version, 6);
    mock.timers.tick(100);
    assert.equal(checks, 3);

    document = TextDocument.update(document, [{ text: 'a: 7\n' }], 7);
    linter.schedule(document);
    linter.close(uri);
    open.delete(uri);
    mock.timers.tick(100);
    assert.equal(checks, 3, 'the pending lint was cancelled');
    assert.deepEqual(published.at(-1), { uri, version: undefined, diagnostics: [] });
  });

  test('documents the editor asks about keep the model their lint read; others hold none and read again on demand', () => {
    const read: Sheet[] = [];
    const { linter } = harness((text) => {
      const sheet = readSheet(text, 'yaml')!;
      read.push(sheet);
      return { findings: [], sheet };
    });
    const documents = Array.from({ length: 6 }, (_, i) => TextDocument.create(`file:///d${i}.termsheet.yaml`, 'yaml', 1, `deal:\n  asset: A${i}\n`));
    const outcomes = documents.map((document) => linter.lintNow(document));

    // Opened, never asked about: the model is read again (equal, not the lint's own object).
    const again = outcomes[0].sheet();
    assert.notEqual(again, read[0]);
    assert.deepEqual(again?.root, read[0].root);
    // Asked about once, it is kept: the same object on the next request.
    assert.equal(outcomes[0].sheet(), again);

    // Its next version keeps the model the lint read, with no read of its own.
    const edited = TextDocument.update(documents[0], [{ text: 'deal:\n  asset: B0\n' }], 2);
    const next = linter.lintNow(edited);
    assert.equal(next.sheet(), read.at(-1));
    assert.equal(outcomes[1].sheet(), outcomes[1].sheet(), 'a second document asked about is kept too');

    // Closed and reopened, it starts again with no model.
    linter.close(edited.uri);
    const reopened = linter.lintNow(TextDocument.create(edited.uri, 'yaml', 1, 'deal:\n  asset: C0\n'));
    assert.notEqual(reopened.sheet(), read.at(-1));
  });
});
