// The language server in Neovim's built-in LSP client, attached by the README's setup snippet: the
// ```lua block, read from README.md and run as Neovim's init file, with `termsheet-language-server`
// on PATH through the README's install command. probe.lua opens the examples in `nvim --headless`,
// waits for diagnostics, presses K for a hover, applies a quick fix through vim.lsp.buf.code_action()
// and writes what it saw; this test checks it against the engine. Needs `nvim` (0.7+) on PATH.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RULES } from '../../rules';
import { applyFixes } from '../../server/src/engine';
import { engineFindings, REPO_ROOT } from '../lsp/support';
import { dealValueFinding, PROBE_TIMEOUT_MS, runProbe, setUpProbe, type ProbeSetup } from '../support/editor-probe';
import { EDITORS_SECTION, readmeBlock } from '../support/readme-setup';

const PROBE = path.join(REPO_ROOT, 'test/neovim/probe.lua');
const SHEETS = ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md', 'early-stage.termsheet.yaml'];
const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** A diagnostic as vim.diagnostic.get() gives it: 0-based lines, byte columns. */
interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
}

interface ProbeReport {
  error?: string;
  files: Record<string, { clients: { name: string; cmd: string[] }[]; diagnostics: NvimDiagnostic[] }>;
  /** The lines of the floating window K opened. */
  hover: string[];
  code_action: { offered: string[]; lines: string[]; diagnostics: NvimDiagnostic[] };
}

/** The byte column of a UTF-16 `character` on line `line` of `text`: what Neovim counts in. */
function byteColumn(text: string, line: number, character: number): number {
  return Buffer.byteLength(text.split('\n')[line].slice(0, character), 'utf8');
}

/** The engine's findings for `text`, as Neovim should list them. */
function expectedDiagnostics(text: string, fileName: string): NvimDiagnostic[] {
  return sortDiagnostics(
    engineFindings(text, fileName).map((finding) => ({
      lnum: finding.range.start.line,
      col: byteColumn(text, finding.range.start.line, finding.range.start.character),
      end_lnum: finding.range.end.line,
      end_col: byteColumn(text, finding.range.end.line, finding.range.end.character),
      severity: SEVERITY[finding.severity],
      message: finding.message,
      source: 'termsheet',
      code: finding.ruleId,
    })),
  );
}

function sortDiagnostics(diagnostics: NvimDiagnostic[]): NvimDiagnostic[] {
  const key = (d: NvimDiagnostic) => JSON.stringify([d.lnum, d.col, d.end_lnum, d.end_col, d.code, d.message]);
  return [...diagnostics].sort((a, b) => key(a).localeCompare(key(b)));
}

describe('the language server in Neovim', { timeout: 3 * PROBE_TIMEOUT_MS }, () => {
  const texts = new Map<string, string>();
  let setup: ProbeSetup;
  let report: ProbeReport;
  const inWorkspace = (sheet: string) => path.join(setup.workspace, sheet);

  before(() => {
    setup = setUpProbe('nvim');
    for (const sheet of SHEETS) texts.set(sheet, fs.readFileSync(inWorkspace(sheet), 'utf8'));
    const init = path.join(setup.dir, 'init.lua');
    fs.writeFileSync(init, readmeBlock(EDITORS_SECTION, 'lua'));

    const yaml = 'pitfalls.termsheet.yaml';
    const yamlText = texts.get(yaml)!;
    const finding = dealValueFinding(yamlText, yaml);
    const at = { file: inWorkspace(yaml), line: finding.range.start.line, byte: byteColumn(yamlText, finding.range.start.line, finding.range.start.character) };
    report = runProbe<ProbeReport>(setup, 'nvim', ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', init, '-c', `luafile ${PROBE}`], {
      files: SHEETS.map(inWorkspace),
      hover: at,
      fix: { ...at, title: finding.suggestions[0].title, code: finding.ruleId },
      output: path.join(setup.dir, 'report.json'),
      timeout_ms: PROBE_TIMEOUT_MS,
    });
  });

  after(() => setup?.remove());

  test('the snippet attaches termsheet-language-server to each term sheet', () => {
    for (const sheet of SHEETS) {
      assert.deepEqual(report.files[inWorkspace(sheet)].clients, [{ name: 'termsheet', cmd: ['termsheet-language-server', '--stdio'] }], sheet);
    }
  });

  for (const sheet of SHEETS) {
    test(`${sheet}: the diagnostics are the engine's findings`, () => {
      const { diagnostics } = report.files[inWorkspace(sheet)];
      assert.ok(diagnostics.length > 0);
      assert.deepEqual(sortDiagnostics(diagnostics), expectedDiagnostics(texts.get(sheet)!, sheet));
    });
  }

  test('K over a finding opens a hover that explains its rule', () => {
    const sheet = 'pitfalls.termsheet.yaml';
    const finding = dealValueFinding(texts.get(sheet)!, sheet);
    const rule = RULES.find((candidate) => candidate.meta.id === finding.ruleId)!;
    const shown = report.hover.join('\n');
    for (const part of [rule.meta.title, rule.meta.why]) assert.ok(shown.includes(part), shown);
    // Neovim shows the message with the diagnostic (vim.diagnostic): the hover does not say it again.
    assert.ok(!shown.includes(finding.message), shown);
  });

  test("vim.lsp.buf.code_action() offers the rule's suggestion and the waiver; the suggestion edits the buffer and the finding goes", () => {
    const sheet = 'pitfalls.termsheet.yaml';
    const text = texts.get(sheet)!;
    const finding = dealValueFinding(text, sheet);
    assert.ok(report.code_action.offered.includes(finding.suggestions[0].title), JSON.stringify(report.code_action.offered));
    assert.ok(report.code_action.offered.includes(`Disable ${finding.ruleId} for this line`), JSON.stringify(report.code_action.offered));

    const fixed = applyFixes(text, [finding.suggestions[0]]).text;
    assert.deepEqual(report.code_action.lines, fixed.replace(/\n$/, '').split('\n'));
    assert.deepEqual(sortDiagnostics(report.code_action.diagnostics), expectedDiagnostics(fixed, sheet));
    assert.ok(!report.code_action.diagnostics.some((diagnostic) => diagnostic.code === finding.ruleId));
  });
});
