import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from './lsp-client';
import { engineFindings, fromDiagnostic, fromFinding, INVALID_YAML, REPO_ROOT } from './support';

const GITHUB_RULES = 'https://github.com/termsheet-lint/termsheet-lint/blob/main/rules/';

describe('diagnostics over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize();
  });

  after(() => client.stop());

  test('invalid YAML: one syntax diagnostic where reading stopped, linked to its page', async () => {
    const uri = 'file:///tmp/x/deal.termsheet.yaml';
    await client.open(uri, INVALID_YAML);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);

    const expected = engineFindings(INVALID_YAML, 'deal.termsheet.yaml');
    assert.equal(expected.length, 1);
    assert.equal(diagnostics.length, 1);
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.code, 'syntax');
    assert.equal(diagnostic.source, 'termsheet');
    assert.equal(diagnostic.severity, 1);
    assert.deepEqual(fromDiagnostic(diagnostic), fromFinding(expected[0]));
    // The unclosed `[` is only noticed at the next key, `financials`, on line 2.
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
    assert.notDeepEqual(diagnostic.range.start, { line: 0, character: 0 });

    const href = diagnostic.codeDescription?.href ?? '';
    assert.match(href, /^(file:\/\/|https:\/\/)/);
    assert.ok(href.endsWith('rules/syntax/README.md'), href);
    const page = path.join(REPO_ROOT, 'rules', 'syntax', 'README.md');
    if (existsSync(page)) {
      assert.equal(href, pathToFileURL(page).href);
      assert.ok(existsSync(fileURLToPath(href)));
    } else {
      assert.ok(href.startsWith('file://') ? existsSync(fileURLToPath(href)) : href === `${GITHUB_RULES}syntax/README.md`, href);
    }
  });

  test('a YAML file that is not a term sheet gets no diagnostics, hovers or fixes', async () => {
    const other = 'file:///tmp/x/other.yaml';
    await client.open(other, INVALID_YAML);
    assert.equal(await client.hover(other, { line: 2, character: 0 }), null);
    assert.deepEqual(await client.codeAction(other, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, []), []);

    // Messages are handled in order, so once a later term sheet's diagnostics arrive, any for other.yaml would have too.
    const sentinel = 'file:///tmp/x/Sentinel.TermSheet.YAML';
    await client.open(sentinel, INVALID_YAML);
    const sentinelDiagnostics = await client.diagnosticsForCurrentVersion(sentinel);
    assert.equal(sentinelDiagnostics.length, 1, 'the suffix is matched case-insensitively');

    const forOther = client.published.get(other) ?? [];
    assert.ok(
      forOther.every((params) => params.diagnostics.length === 0),
      JSON.stringify(forOther),
    );
  });

  test('rapid edits: the final version is linted and published; closing clears it', async () => {
    const uri = 'file:///tmp/x/edits.termsheet.yaml';
    const initial = 'termsheet: 1\ntitle: Licence of ZA-101\nlicense:\n  scope: exclusive\n  territory: [JP, KR]\n';
    let local = TextDocument.create(uri, 'yaml', 1, initial);
    await client.open(uri, initial);
    await client.diagnosticsForCurrentVersion(uri);

    const edits = [
      // Break the YAML, then repair it, then add a placeholder: each version's findings differ.
      [{ range: { start: { line: 4, character: 20 }, end: { line: 4, character: 21 } }, text: '' }],
      [{ range: { start: { line: 4, character: 20 }, end: { line: 4, character: 20 } }, text: ']' }],
      [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 24 } }, text: '"[TBD]"' }],
      [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'financials:\n  upfront: USD 20M\n' }],
      [{ text: `${initial}ip:\n  patents: []\ngoverning_law: "[●]"\n` }],
      [{ range: { start: { line: 3, character: 9 }, end: { line: 3, character: 18 } }, text: 'non-exclusive' }],
    ];
    for (const changes of edits) {
      const version = await client.change(uri, changes);
      local = TextDocument.update(local, changes, version);
    }
    const finalVersion = client.version(uri);
    const published = await client.diagnosticsForCurrentVersion(uri);

    const expected = engineFindings(local.getText(), 'edits.termsheet.yaml');
    assert.ok(expected.length > 0, 'the final text has findings, so clearing is observable');
    assert.deepEqual(published.map(fromDiagnostic), expected.map(fromFinding));
    const versions = (client.published.get(uri) ?? []).map((params) => params.version);
    assert.ok(
      versions.every((version) => typeof version === 'number'),
      'every publication names its version',
    );
    assert.equal(versions.at(-1), finalVersion);

    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });
});

describe('debounce and stale results', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    // Long enough that only a synchronous re-lint can explain a prompt publication.
    await client.initialize({ debounceMs: 10_000 });
  });

  after(() => client.kill());

  test('open lints at once; a request on a changed document re-lints it before answering', async () => {
    const uri = 'file:///tmp/x/stale.termsheet.yaml';
    await client.open(uri, INVALID_YAML);
    const first = await client.diagnosticsForCurrentVersion(uri, 3_000);
    assert.deepEqual(
      first.map((diagnostic) => diagnostic.code),
      ['syntax'],
    );

    const repaired = 'license:\n  scope: [exclusive]\nfinancials: 1\n';
    const version = await client.change(uri, repaired);
    // The syntax finding of version 1 sat at 2:0; against the repaired text there is none there.
    const hover = await client.hover(uri, { line: 2, character: 0 });
    const text = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.doesNotMatch(text, /`syntax`/);

    const published = await client.waitForDiagnostics(uri, (params) => params.version === version, 3_000);
    assert.deepEqual(published.diagnostics.map(fromDiagnostic), engineFindings(repaired, 'stale.termsheet.yaml').map(fromFinding));
  });
});
