import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Command, MarkupContent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules';
import { LspTestClient } from './lsp-client';
import { engineFindings, fromDiagnostic, fromFinding, readExample } from './support';

function isCodeAction(action: Command | CodeAction): action is CodeAction {
  return typeof (action as Command).command !== 'string';
}

describe('the examples, through the server', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize();
  });

  after(() => client.stop());

  test('complete.termsheet.yaml: no diagnostics, so a hover explains the clause and no finding', async () => {
    const uri = 'file:///work/examples/complete.termsheet.yaml';
    await client.open(uri, readExample('complete.termsheet.yaml'));
    assert.deepEqual(await client.diagnosticsForCurrentVersion(uri), []);
    const hover = await client.hover(uri, { line: 1, character: 0 });
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /^\*\*`termsheet`\*\*/);
    assert.doesNotMatch(markdown, /Rule documentation/);
  });

  // The server lints without fixes and writes a finding's fix when the editor asks for its code actions.
  for (const example of ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md'])
    describe(example, () => {
      const uri = `file:///work/examples/${example}`;
      const text = readExample(example);
      const findings = engineFindings(text, example);
      const extension = example.slice(example.indexOf('.'));

      test('diagnostics equal the engine findings', async () => {
        await client.open(uri, text);
        const diagnostics = await client.diagnosticsForCurrentVersion(uri);
        assert.deepEqual(diagnostics.map(fromDiagnostic), findings.map(fromFinding));
        assert.ok(diagnostics.length >= 5, `only ${diagnostics.length} diagnostics`);
        assert.ok(new Set(diagnostics.map((diagnostic) => diagnostic.code)).size >= 3);
        for (const diagnostic of diagnostics) {
          assert.equal(diagnostic.source, 'termsheet');
          assert.ok(diagnostic.codeDescription?.href.endsWith(`rules/${diagnostic.code}/README.md`));
        }
        const related = findings.findIndex((finding) => finding.related && finding.related.length > 0);
        if (related >= 0) {
          const information = diagnostics[related].relatedInformation ?? [];
          assert.equal(information.length, findings[related].related!.length);
          assert.ok(information.every((item) => item.location.uri === uri));
        }
      });

      test('hover over a finding explains its rule', async () => {
        const finding = findings.find((candidate) => RULES.some((rule) => rule.meta.id === candidate.ruleId));
        assert.ok(finding, 'a finding from a built-in rule');
        const rule = RULES.find((candidate) => candidate.meta.id === finding.ruleId)!;
        const hover = await client.hover(uri, { line: finding.range.start.line, character: finding.range.start.character });
        assert.ok(hover, 'a hover at the start of the finding');
        const markdown = (hover.contents as MarkupContent).value;
        assert.equal((hover.contents as MarkupContent).kind, 'markdown');
        assert.ok(markdown.includes(rule.meta.title), markdown);
        assert.ok(markdown.includes(rule.meta.why), markdown);
        assert.ok(markdown.includes(`(\`${rule.meta.id}\`, ${finding.severity})`), markdown);
        // The editor shows the message with the diagnostic: the hover does not say it again.
        assert.ok(!markdown.includes(finding.message), markdown);
        assert.match(markdown, new RegExp(`\\[Rule documentation\\]\\([^)]*rules/${rule.meta.id}/README\\.md\\)`));
      });

      // Every fix (preferred) and every suggestion (never preferred: it changes the deal) is a quick fix of its own.
      const offered = findings.flatMap((finding) => [
        ...(finding.fix ? [{ finding, edit: finding.fix, preferred: true }] : []),
        ...(finding.suggestions ?? []).map((suggestion) => ({ finding, edit: suggestion, preferred: undefined })),
      ]);
      test('there are findings with fixes and with suggestions', () => {
        assert.ok(offered.some((item) => item.preferred));
        assert.ok(offered.some((item) => !item.preferred));
      });

      for (const [index, { finding, edit, preferred }] of offered.entries()) {
        test(`quick fix "${edit.title}" (${finding.ruleId}, ${preferred ? 'fix' : 'suggestion'}) removes its finding`, async () => {
          // Each fix on its own copy, so they do not interfere.
          const copy = `file:///work/examples/fix-${index}${extension}`;
          await client.open(copy, text);
          const diagnostics = await client.diagnosticsForCurrentVersion(copy);
          const diagnostic = diagnostics.find((candidate) => candidate.code === finding.ruleId && candidate.message === finding.message);
          assert.ok(diagnostic, 'the diagnostic for the finding');

          const actions = ((await client.codeAction(copy, diagnostic.range, [diagnostic])) ?? []).filter(isCodeAction);
          const action = actions.find((candidate) => candidate.title === edit.title);
          assert.ok(action, `actions offered: ${actions.map((candidate) => candidate.title).join('; ')}`);
          assert.equal(action.kind, 'quickfix');
          assert.equal(action.isPreferred, preferred);
          assert.deepEqual(action.diagnostics, [diagnostic]);
          const edits = action.edit?.changes?.[copy];
          assert.ok(edits && edits.length > 0, 'edits for this document');

          const fixed = TextDocument.applyEdits(TextDocument.create(copy, 'plaintext', 1, text), edits);
          await client.change(copy, fixed);
          const after = await client.diagnosticsForCurrentVersion(copy);
          assert.ok(!after.some((candidate) => candidate.code === finding.ruleId && candidate.message === finding.message), 'the finding is gone');
          assert.ok(!after.some((candidate) => candidate.code === 'syntax'), 'the fixed sheet still parses');
          assert.deepEqual(after.map(fromDiagnostic), engineFindings(fixed, example).map(fromFinding));
          await client.close(copy);
        });
      }
    });
});
