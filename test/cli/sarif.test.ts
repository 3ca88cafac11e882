import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { SARIF_SCHEMA_URI } from '../../server/src/cli/format-sarif';
import { fixAll, lintText } from '../../server/src/engine';
import { RULE_DOCS_BASE_URL } from '../../server/src/engine/docs';
import { RULES } from '../../rules';
import { FIXTURES, ROOT, runCli } from './run-cli';
import { assertValidSarif, SCHEMA_PATH } from './sarif-schema';
const PITFALLS = path.join(ROOT, 'examples/pitfalls.termsheet.yaml');
const REASON = 'audited: equity is counted separately in the board memo';

/** The parts of a SARIF rule descriptor the tests read. */
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  suppressions?: { kind: string; justification?: string }[];
  fixes?: SarifFix[];
  properties?: { suggestions?: SarifFix[] };
}

interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: { uri: string };
    replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[];
  }[];
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    results: SarifResult[];
  }[];
}

let root: string;
let sarifText: string;
let jsonFiles: {
  filePath: string;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}[];

before(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-cli-sarif-')));
  // The pitfalls example with one finding waived by a directive, and a broken sheet, in a folder with a space.
  const text = fs.readFileSync(PITFALLS, 'utf8');
  const lines = text.split('\n');
  const listed = JSON.parse(runCli(['--format', 'json', PITFALLS]).stdout)[0].messages as { ruleId: string; line: number }[];
  const target = listed.find((message) => message.ruleId === 'deal-value-mismatch');
  assert.ok(target, 'the pitfalls example has a deal-value-mismatch finding');
  lines.splice(target.line - 1, 0, `# termsheet-disable-next-line deal-value-mismatch -- ${REASON}`);
  fs.mkdirSync(path.join(root, 'deals', 'with space'), { recursive: true });
  fs.writeFileSync(path.join(root, 'deals', 'with space', 'waived.termsheet.yaml'), lines.join('\n'));
  fs.copyFileSync(path.join(FIXTURES, 'syntax/broken.termsheet.yaml'), path.join(root, 'deals', 'broken.termsheet.yaml'));
  fs.copyFileSync(PITFALLS, path.join(root, 'deals', 'pitfalls.termsheet.yaml'));

  const sarif = runCli(['--format', 'sarif'], { cwd: root });
  assert.equal(sarif.status, 1, sarif.stderr);
  assert.equal(sarif.stderr, '');
  sarifText = sarif.stdout;
  jsonFiles = JSON.parse(runCli(['--format', 'json'], { cwd: root }).stdout);
});

after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('--format sarif', () => {
  test('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
    // The schema kept in the tree is the one the output names.
    assert.equal(schema.id, SARIF_SCHEMA_URI);
    assert.equal(JSON.parse(sarifText).$schema, SARIF_SCHEMA_URI);
    assertValidSarif(sarifText);
    // A clean run is valid too: no results at all.
    const empty = runCli(['--format', 'sarif', 'examples/complete.termsheet.yaml'], { cwd: ROOT });
    assert.equal(empty.status, 0);
    assertValidSarif(empty.stdout);
    assert.deepEqual(JSON.parse(empty.stdout).runs[0].results, []);
  });

  test('`fixes` hold only fixes, which give the text --fix writes; suggestions are in the property bag and never in `fixes`', () => {
    const results = (JSON.parse(sarifText) as SarifLog).runs[0].results.filter((result) =>
      result.locations[0].physicalLocation.artifactLocation.uri.endsWith('deals/pitfalls.termsheet.yaml'),
    );
    const text = fs.readFileSync(PITFALLS, 'utf8');
    const findings = lintText(text, { rules: RULES, fileName: PITFALLS }).findings;
    assert.deepEqual(
      results.filter((result) => result.fixes).map((result) => result.ruleId),
      findings.filter((finding) => finding.fix).map((finding) => finding.ruleId),
    );
    assert.ok(results.some((result) => result.fixes));
    const total = results.find((result) => result.ruleId === 'deal-value-mismatch')!;
    assert.equal(total.fixes, undefined, 'a change to the total is never offered as a fix');
    assert.match(total.properties!.suggestions![0].description.text, /^Set the total deal value to .* \(changes the stated total\)$/);
    // Applying every fix's replacements, from the end, gives the text --fix writes.
    const replacements = results
      .flatMap((result) => result.fixes ?? [])
      .flatMap((fix) => fix.artifactChanges[0].replacements)
      .sort((a, b) => b.deletedRegion.charOffset - a.deletedRegion.charOffset);
    let fixed = text;
    for (const { deletedRegion, insertedContent } of replacements) {
      fixed = fixed.slice(0, deletedRegion.charOffset) + insertedContent.text + fixed.slice(deletedRegion.charOffset + deletedRegion.charLength);
    }
    assert.equal(fixed, fixAll(text, { rules: RULES, fileName: PITFALLS }).text);
  });

  test('one run, with the driver and every rule of the catalog', () => {
    const log = JSON.parse(sarifText) as SarifLog;
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'termsheet-lint');
    assert.equal(driver.version, pkg.version);
    assert.equal(driver.informationUri, pkg.repository.url);
    assert.deepEqual(
      driver.rules.map((rule) => rule.id),
      RULES.map((rule) => rule.meta.id),
    );
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
    for (const [index, { meta }] of RULES.entries()) {
      const rule = driver.rules[index];
      assert.equal(rule.shortDescription.text, meta.title);
      assert.equal(rule.fullDescription.text, meta.why);
      assert.ok(rule.help.text.startsWith(meta.why));
      assert.ok(rule.help.markdown.includes(meta.goodExample.trimEnd()), `${meta.id}: the good example is in the help`);
      assert.equal(rule.helpUri, `${RULE_DOCS_BASE_URL}${meta.id}/README.md`);
      assert.equal(rule.helpUri, `https://github.com/termsheet-lint/termsheet-lint/blob/main/rules/${meta.id}/README.md`);
      assert.ok(fs.existsSync(path.join(ROOT, 'rules', meta.id, 'README.md')), `${meta.id} has its page`);
      assert.equal(rule.defaultConfiguration.level, levels[meta.defaultSeverity]);
    }
  });

  test('the results are the json messages, with rule index, level and a 1-based relative location', () => {
    const log = JSON.parse(sarifText) as SarifLog;
    const { results, tool } = log.runs[0];
    const reported = results.filter((result) => !result.suppressions);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
    const expected = jsonFiles.flatMap((file) =>
      file.messages.map((message) => ({
        ruleId: message.ruleId,
        level: levels[message.severity],
        message: message.message,
        uri: file.filePath.split('/').map(encodeURIComponent).join('/'),
        region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
      })),
    );
    assert.deepEqual(
      reported.map((result) => ({
        ruleId: result.ruleId,
        level: result.level,
        message: result.message.text,
        uri: result.locations[0].physicalLocation.artifactLocation.uri,
        region: result.locations[0].physicalLocation.region,
      })),
      expected,
    );
    for (const result of results) {
      assert.equal(tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    }
    assert.ok(results.some((result) => result.locations[0].physicalLocation.artifactLocation.uri === 'deals/with%20space/waived.termsheet.yaml'));
    assert.ok(results.some((result) => result.ruleId === 'syntax' && result.level === 'error'));
  });

  test('a finding waived by a directive is a result with an in-source suppression carrying the reason', () => {
    const log = JSON.parse(sarifText) as SarifLog;
    const suppressed = log.runs[0].results.filter((result) => result.suppressions);
    assert.equal(suppressed.length, 1, JSON.stringify(suppressed));
    assert.equal(suppressed[0].ruleId, 'deal-value-mismatch');
    assert.equal(suppressed[0].locations[0].physicalLocation.artifactLocation.uri, 'deals/with%20space/waived.termsheet.yaml');
    assert.deepEqual(
      suppressed[0].suppressions?.map(({ kind, justification }) => ({ kind, justification })),
      [{ kind: 'inSource', justification: REASON }],
    );
    // The unwaived copy still reports it.
    assert.ok(log.runs[0].results.some((result) => result.ruleId === 'deal-value-mismatch' && !result.suppressions));
  });
});

describe('--format sarif: locations relative to %SRCROOT%', () => {
  type Location = { uri: string; uriBaseId?: string };
  const run = (args: string[], cwd: string) => {
    const result = runCli(['--format', 'sarif', ...args], { cwd });
    assert.equal(result.stderr, '');
    assertValidSarif(result.stdout);
    const log = JSON.parse(result.stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: SarifResult[] }[] };
    return {
      base: log.runs[0].originalUriBaseIds['%SRCROOT%'].uri,
      locations: [
        ...new Map(
          log.runs[0].results.map((result) => [
            result.locations[0].physicalLocation.artifactLocation.uri,
            result.locations[0].physicalLocation.artifactLocation as Location,
          ]),
        ).values(),
      ],
    };
  };
  const writeBroken = (file: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, 'syntax/broken.termsheet.yaml'), file);
  };

  test('inside a git repository: the root of the checkout, wherever the linter runs from', () => {
    const repo = path.join(root, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    writeBroken(path.join(repo, 'deals/a.termsheet.yaml'));
    writeBroken(path.join(repo, 'tools/b.termsheet.yaml'));
    fs.mkdirSync(path.join(repo, 'tools/scripts'), { recursive: true });
    const fromBelow = run(['..', '../../deals'], path.join(repo, 'tools/scripts'));
    assert.equal(fromBelow.base, `${pathToFileURL(repo).href}/`);
    assert.deepEqual(fromBelow.locations, [
      { uri: 'deals/a.termsheet.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'tools/b.termsheet.yaml', uriBaseId: '%SRCROOT%' },
    ]);
    // The same locations from the root itself.
    assert.deepEqual(run([], repo), fromBelow);
  });

  test('a worktree or submodule, whose .git is a file, is a repository root too', () => {
    const worktree = path.join(root, 'worktree');
    fs.mkdirSync(worktree, { recursive: true });
    fs.writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere/.git/worktrees/worktree\n');
    writeBroken(path.join(worktree, 'deals/c.termsheet.yaml'));
    const { base, locations } = run(['c.termsheet.yaml'], path.join(worktree, 'deals'));
    assert.equal(base, `${pathToFileURL(worktree).href}/`);
    assert.deepEqual(locations, [{ uri: 'deals/c.termsheet.yaml', uriBaseId: '%SRCROOT%' }]);
  });

  test('a file outside the repository is named by its absolute URI, with no base', () => {
    const repo = path.join(root, 'repo-outside');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    writeBroken(path.join(root, 'elsewhere/d.termsheet.yaml'));
    const { base, locations } = run(['../elsewhere/d.termsheet.yaml'], repo);
    assert.equal(base, `${pathToFileURL(repo).href}/`);
    assert.deepEqual(locations, [{ uri: pathToFileURL(path.join(root, 'elsewhere/d.termsheet.yaml')).href }]);
  });

  test('outside any repository: the working directory', () => {
    for (let dir = root; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      assert.ok(!fs.existsSync(path.join(path.dirname(dir), '.git')), `the temporary folder is outside any repository (${path.dirname(dir)} has a .git)`);
    }
    const log = JSON.parse(sarifText) as { runs: { originalUriBaseIds: Record<string, { uri: string }> }[] };
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(root).href}/`);
  });
});
