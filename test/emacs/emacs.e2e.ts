// The language server in Emacs through eglot, started by the README's setup: the ```elisp block, read
// from README.md and loaded as the init file, with `termsheet-language-server` on PATH through the
// README's install command. probe.el opens a YAML and a Markdown sheet in `emacs --batch`, waits for
// eglot's diagnostics in Flymake, asks M-x eldoc for the hover at a finding and writes what it saw;
// this test checks it against the engine. Needs Emacs with eglot, yaml-mode and markdown-mode (on
// Debian 12: emacs-nox elpa-eglot elpa-yaml-mode elpa-markdown-mode).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RULES } from '../../rules';
import { engineFindings, REPO_ROOT } from '../lsp/support';
import { dealValueFinding, PROBE_TIMEOUT_MS, runProbe, setUpProbe, type ProbeSetup } from '../support/editor-probe';
import { EDITORS_SECTION, readmeBlock } from '../support/readme-setup';

const PROBE = path.join(REPO_ROOT, 'test/emacs/probe.el');
const SHEETS = { 'pitfalls.termsheet.yaml': 'yaml-mode', 'pitfalls.termsheet.md': 'markdown-mode' } as const;
type Sheet = keyof typeof SHEETS;
/** Eglot's Flymake types: LSP information and hints are both notes. */
const FLYMAKE_TYPE = { error: 'eglot-error', warning: 'eglot-warning', info: 'eglot-note', hint: 'eglot-note' } as const;

/** A position as Emacs counts: 0-based line, column in characters (not UTF-16 code units). */
interface EmacsPosition {
  line: number;
  column: number;
}

/** A Flymake diagnostic as eglot makes it from a published one. */
interface EmacsDiagnostic {
  type: string;
  text: string;
  start: EmacsPosition;
  end: EmacsPosition;
}

interface ProbeReport {
  error?: string;
  emacs: string;
  files: Record<string, { major_mode: string; server_command: string[]; diagnostics: EmacsDiagnostic[] }>;
  /** The *eldoc* buffer's text after M-x eldoc at the finding. */
  hover: string;
}

function emacsPosition(text: string, position: { line: number; character: number }): EmacsPosition {
  return { line: position.line, column: [...text.split('\n')[position.line].slice(0, position.character)].length };
}

/** The engine's findings for `text`, as eglot lists them in Flymake. */
function expectedDiagnostics(text: string, fileName: string): EmacsDiagnostic[] {
  return sortDiagnostics(
    engineFindings(text, fileName).map((finding) => ({
      type: FLYMAKE_TYPE[finding.severity],
      text: `termsheet [${finding.ruleId}]: ${finding.message}`,
      start: emacsPosition(text, finding.range.start),
      end: emacsPosition(text, finding.range.end),
    })),
  );
}

function sortDiagnostics(diagnostics: EmacsDiagnostic[]): EmacsDiagnostic[] {
  const key = (d: EmacsDiagnostic) => JSON.stringify([d.start.line, d.start.column, d.end.line, d.end.column, d.text]);
  return [...diagnostics].sort((a, b) => key(a).localeCompare(key(b)));
}

describe('the language server in Emacs (eglot)', { timeout: 3 * PROBE_TIMEOUT_MS }, () => {
  const texts = new Map<Sheet, string>();
  let setup: ProbeSetup;
  let report: ProbeReport;
  // Each sheet in a folder of its own, a project of its own to eglot: once eglot runs a server for a
  // project it takes on the project's other buffers in the modes that server was listed for, so only
  // a sheet opened in a new project shows that the snippet's hook starts eglot for it.
  const inWorkspace = (sheet: Sheet) => path.join(setup.workspace, SHEETS[sheet], sheet);
  const hovered: Sheet = 'pitfalls.termsheet.yaml';

  before(() => {
    setup = setUpProbe('emacs');
    for (const sheet of Object.keys(SHEETS) as Sheet[]) {
      fs.mkdirSync(path.dirname(inWorkspace(sheet)));
      fs.renameSync(path.join(setup.workspace, sheet), inWorkspace(sheet));
      texts.set(sheet, fs.readFileSync(inWorkspace(sheet), 'utf8'));
    }
    const init = path.join(setup.dir, 'init.el');
    fs.writeFileSync(init, readmeBlock(EDITORS_SECTION, 'elisp'));

    const finding = dealValueFinding(texts.get(hovered)!, hovered);
    report = runProbe<ProbeReport>(setup, 'emacs', ['--batch', '-l', PROBE], {
      init,
      files: (Object.keys(SHEETS) as Sheet[]).map(inWorkspace),
      hover: { file: inWorkspace(hovered), ...emacsPosition(texts.get(hovered)!, finding.range.start) },
      output: path.join(setup.dir, 'report.json'),
      timeout_ms: PROBE_TIMEOUT_MS,
    });
  });

  after(() => setup?.remove());

  for (const [sheet, mode] of Object.entries(SHEETS) as [Sheet, string][]) {
    test(`${sheet}: opens in ${mode}, and eglot runs termsheet-language-server --stdio for it`, () => {
      const seen = report.files[inWorkspace(sheet)];
      assert.equal(seen.major_mode, mode);
      assert.deepEqual(seen.server_command, ['termsheet-language-server', '--stdio']);
    });

    test(`${sheet}: Flymake lists the engine's findings`, () => {
      const { diagnostics } = report.files[inWorkspace(sheet)];
      assert.ok(diagnostics.length > 0);
      assert.deepEqual(sortDiagnostics(diagnostics), expectedDiagnostics(texts.get(sheet)!, sheet));
    });
  }

  test('M-x eldoc over a finding shows the hover that explains its rule', () => {
    const finding = dealValueFinding(texts.get(hovered)!, hovered);
    const rule = RULES.find((candidate) => candidate.meta.id === finding.ruleId)!;
    for (const part of [rule.meta.title, rule.meta.why]) assert.ok(report.hover.includes(part), report.hover);
    // The message is Flymake's to show (from Emacs 29 it adds it to eldoc too): the hover does not say it again.
    assert.ok(report.hover.split(finding.message).length <= 2, report.hover);
  });
});
