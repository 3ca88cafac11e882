/**
 * Hostile config files through the real server: each open config file gets its findings as
 * diagnostics, the sheets under it are still linted (with what of the config applies, or with the
 * defaults when nothing does), in bounded time, and the server keeps answering.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { lintText, readConfigText } from '../../server/src/engine';
import { RULES } from '../../rules';
import { HOSTILE_CONFIGS } from '../support/hostile-configs';
import { SHEET } from '../support/sheets';
import { LspTestClient } from './lsp-client';
import { fromDiagnostic, fromFinding } from './support';

/** Loose on purpose: a hang or a catastrophic pattern would take minutes, not seconds. */
const BOUND_MS = 5_000;

let root: string;
let client: LspTestClient;

before(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-hostile-config-lsp-')));
  client = LspTestClient.stdio();
  const uri = pathToFileURL(root).href;
  await client.initialize({ debounceMs: 10 }, {}, { workspaceFolders: [{ uri, name: 'deals' }], rootUri: uri });
});

after(() => {
  client.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('hostile configs through the server', () => {
  HOSTILE_CONFIGS.forEach((hostile, index) => {
    test(hostile.name, async () => {
      const folder = path.join(root, `case-${index}`);
      fs.mkdirSync(folder);
      const configFile = path.join(folder, '.termsheetrc.yaml');
      fs.writeFileSync(configFile, hostile.config, 'latin1');
      for (const [name, text] of Object.entries(hostile.others ?? {})) fs.writeFileSync(path.join(folder, name), text);
      const sheet = hostile.sheet ?? SHEET;
      const sheetUri = pathToFileURL(path.join(folder, 'deal.termsheet.yaml')).href;
      const configUri = pathToFileURL(configFile).href;
      // What an editor would show: the file's bytes read as UTF-8.
      const configText = fs.readFileSync(configFile, 'utf8');

      const started = performance.now();
      await client.open(sheetUri, sheet);
      const sheetDiagnostics = await client.diagnosticsForCurrentVersion(sheetUri);
      await client.open(configUri, configText);
      const configDiagnostics = await client.diagnosticsForCurrentVersion(configUri);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < BOUND_MS, `${elapsed.toFixed(0)} ms`);

      const reading = readConfigText(configText, RULES);
      assert.deepEqual(configDiagnostics.map(fromDiagnostic), reading.findings.map(fromFinding), 'the config file shows its findings');
      if ('fatal' in hostile.expect) assert.equal(configDiagnostics.length, 1);
      else assert.equal(configDiagnostics.length, hostile.expect.findings.length);

      // The sheet is linted with what of the config applies, or the defaults when none of it can.
      const config = reading.fatal ? {} : reading.config;
      const rules = reading.fatal ? RULES : [...RULES, ...reading.customRules];
      const expected = lintText(sheet, { rules, config, fileName: 'deal.termsheet.yaml' }).findings;
      assert.deepEqual(sheetDiagnostics.map(fromDiagnostic), expected.map(fromFinding), 'the sheet is linted');
      assert.ok(
        sheetDiagnostics.some((diagnostic) => diagnostic.code === hostile.sheetRule),
        hostile.sheetRule,
      );

      await client.close(configUri);
      await client.close(sheetUri);
      assert.ok(client.alive, `the server is alive (stderr: ${client.stderr.slice(-2000)})`);
    });
  });

  test('max_file_size_mb sets the size limit in the editor too, and a change to it applies at once', async () => {
    const folder = path.join(root, 'size-limit');
    fs.mkdirSync(folder);
    const configFile = path.join(folder, '.termsheetrc.yaml');
    fs.writeFileSync(configFile, 'max_file_size_mb: 1\n');
    const uri = pathToFileURL(path.join(folder, 'long.termsheet.yaml')).href;
    const text = SHEET + 'notes:\n' + '  - a line of notes about the deal, kept long\n'.repeat(34_000);
    await client.open(uri, text);
    const limited = await client.diagnosticsForCurrentVersion(uri);
    assert.deepEqual(
      limited.map((diagnostic) => fromDiagnostic(diagnostic).message),
      ['File too large to lint: 1.5 MB (limit 1.0 MB)'],
    );
    fs.writeFileSync(configFile, 'max_file_size_mb: 2\n');
    await client.changeWatchedFiles([{ uri: pathToFileURL(configFile).href, type: 2 }]);
    const linted = await client.waitForDiagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'fto-missing'));
    assert.ok(!linted.diagnostics.some((diagnostic) => fromDiagnostic(diagnostic).message.startsWith('File too large')));
    await client.close(uri);
  });

  test('after all of them, the server still answers', async () => {
    const uri = pathToFileURL(path.join(root, 'last.termsheet.yaml')).href;
    await client.open(uri, SHEET);
    const [diagnostic] = await client.diagnosticsForCurrentVersion(uri);
    assert.ok(diagnostic);
    assert.ok(await client.hover(uri, diagnostic.range.start));
    assert.ok(client.alive);
  });
});
