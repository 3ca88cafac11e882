/**
 * Hostile config files through the engine and the command line: each is reported as findings in
 * the config (or, when it cannot be used at all, as exit code 2 with one line), never a crash or a
 * hang, and the sheets under it are still linted.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CONFIG_RULE_ID, readConfigText } from '../../server/src/engine';
import { RULES } from '../../rules';
import { checkFindings } from '../fuzz/corpus';
import { HOSTILE_CONFIGS, type HostileConfig } from '../support/hostile-configs';
import { SHEET } from '../support/sheets';
import { lines, runCli } from './run-cli';

/** Loose on purpose: a hang or a catastrophic pattern would take minutes, not seconds. */
const BOUND_MS = 5_000;

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: string; message: string; line: number }[];
}

let root: string;

before(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-hostile-config-')));
});

after(() => fs.rmSync(root, { recursive: true, force: true }));

function folderFor(hostile: HostileConfig, index: number): string {
  const base = path.join(root, `case-${index}`);
  fs.mkdirSync(base, { recursive: true });
  fs.writeFileSync(path.join(base, '.termsheetrc.yaml'), hostile.config, 'latin1');
  fs.writeFileSync(path.join(base, 'deal.termsheet.yaml'), hostile.sheet ?? SHEET);
  for (const [name, text] of Object.entries(hostile.others ?? {})) fs.writeFileSync(path.join(base, name), text);
  return base;
}

/** The config's text as a reader of the file sees it (binary garbage is decoded as UTF-8, as the tools read it). */
const configTextOf = (base: string) => fs.readFileSync(path.join(base, '.termsheetrc.yaml'), 'utf8');

describe('hostile configs: the engine reads each one in bounded time and says what is wrong', () => {
  HOSTILE_CONFIGS.forEach((hostile, index) => {
    test(hostile.name, () => {
      const text = configTextOf(folderFor(hostile, index));
      const started = performance.now();
      const reading = readConfigText(text, RULES);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < BOUND_MS, `${elapsed.toFixed(0)} ms`);
      assert.deepEqual(checkFindings(text, reading.findings), [], 'findings lie inside the config');
      assert.ok(reading.findings.every((finding) => finding.ruleId === CONFIG_RULE_ID));
      if ('fatal' in hostile.expect) {
        assert.match(reading.fatal ?? '(none)', hostile.expect.fatal);
        assert.equal(reading.findings.length, 1, 'one finding at the place the file stops making sense');
        assert.deepEqual(reading.config, {});
      } else {
        const expected = hostile.expect.findings;
        assert.equal(reading.fatal, undefined);
        assert.equal(reading.findings.length, expected.length, JSON.stringify(reading.findings.map((finding) => finding.message)));
        reading.findings.forEach((finding, i) => assert.match(finding.message, expected[i]));
      }
    });
  });
});

describe('hostile configs: the command line reports them as cli.md says, and still lints the sheet', () => {
  HOSTILE_CONFIGS.forEach((hostile, index) => {
    test(hostile.name, () => {
      const base = folderFor(hostile, index);
      const started = performance.now();
      const run = runCli(['--format', 'json'], { cwd: base });
      const elapsed = performance.now() - started;
      assert.ok(elapsed < BOUND_MS, `${elapsed.toFixed(0)} ms`);
      assert.doesNotMatch(run.stderr, /internal error|\n\s+at /, 'no crash and no stack trace');

      if ('fatal' in hostile.expect) {
        // A config that cannot be used at all: exit 2, one line on stderr, nothing on stdout.
        assert.equal(run.status, 2, run.stderr);
        assert.equal(run.stdout, '');
        const errorLines = lines(run.stderr);
        assert.equal(errorLines.length, 1, JSON.stringify(run.stderr));
        assert.match(errorLines[0], /^termsheet-lint: cannot (?:parse|read) config file \.termsheetrc\.yaml: /);
        assert.match(errorLines[0].replace(/^termsheet-lint: cannot (?:parse|read) config file \.termsheetrc\.yaml: /, ''), hostile.expect.fatal);
        return;
      }

      assert.equal(run.stderr, '');
      const files = JSON.parse(run.stdout) as JsonFile[];
      const config = files.find((file) => file.filePath === '.termsheetrc.yaml');
      const sheet = files.find((file) => file.filePath === 'deal.termsheet.yaml');
      assert.ok(sheet, 'the sheet is linted');
      assert.ok(
        sheet.messages.some((message) => message.ruleId === hostile.sheetRule),
        `${hostile.sheetRule} in ${JSON.stringify(sheet.messages.map((message) => message.ruleId))}`,
      );
      const expected = hostile.expect.findings;
      if (expected.length === 0) {
        assert.equal(config, undefined, 'a valid config is not listed');
      } else {
        assert.ok(config, 'the config is reported as a file of its own');
        assert.equal(config.messages.length, expected.length);
        config.messages.forEach((message, i) => {
          assert.equal(message.ruleId, CONFIG_RULE_ID);
          assert.match(message.message, expected[i]);
        });
      }
      const errors = files.flatMap((file) => file.messages).filter((message) => message.severity === 'error');
      assert.equal(run.status, errors.length > 0 ? 1 : 0);
    });
  });
});
