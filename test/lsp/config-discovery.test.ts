import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { RULES } from '../../rules';
import { CLI, runCli } from '../cli/run-cli';
import { LspTestClient } from './lsp-client';
import { TERM_SHEETS_NOTIFICATION, type TermSheetsParams } from '../../server/src/lsp/protocol';
import { SHEET } from '../support/sheets';
import { INVALID_YAML, writeFile } from './support';

const ERROR = 1;
const WARNING = 2;
const HINT = 4;

let root: string;
const clients: LspTestClient[] = [];

before(() => {
  // realpath: the server sees the paths the URIs name, and os.tmpdir() may be a symbolic link.
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-config-')));
});

after(() => {
  for (const client of clients) client.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

const write = (relative: string, text: string): string => writeFile(path.join(root, relative), text);

const uriOf = (file: string) => pathToFileURL(file).href;

async function start(
  params: { folders?: string[]; options?: Record<string, unknown>; capabilities?: Parameters<LspTestClient['initialize']>[1]; serverPath?: string } = {},
): Promise<LspTestClient> {
  const client = LspTestClient.stdio(params.serverPath);
  clients.push(client);
  const workspaceFolders = params.folders ? params.folders.map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) })) : null;
  await client.initialize({ debounceMs: 10, ...params.options }, params.capabilities ?? {}, { workspaceFolders, rootUri: workspaceFolders?.[0]?.uri ?? null });
  return client;
}

/** Opens a file that exists on disk with its text, and returns its URI and first diagnostics. */
async function openFile(client: LspTestClient, file: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriOf(file);
  await client.open(uri, fs.readFileSync(file, 'utf8'));
  return { uri, diagnostics: await client.diagnosticsForCurrentVersion(uri) };
}

const textOf = (message: Diagnostic['message']) => (typeof message === 'string' ? message : message.value);

/** The severity of `code` among the diagnostics, or undefined when it is not reported. */
function severityOf(diagnostics: readonly Diagnostic[], code: string): number | undefined {
  return diagnostics.find((diagnostic) => diagnostic.code === code)?.severity;
}

const withSeverity = (code: string, severity: number | undefined) => (params: PublishDiagnosticsParams) => severityOf(params.diagnostics, code) === severity;

/** The range of the `occurrence`-th `needle` in `text`, on one line. */
function rangeOf(text: string, needle: string, occurrence = 1) {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} in the text`);
  const before = text.slice(0, offset).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

describe('config discovery through the server', () => {
  test("a sheet in a nested folder uses its own config; one in the parent uses the parent's", async () => {
    write('nested/.termsheetrc.yaml', 'rules:\n  fto-missing: error\n');
    write('nested/inner/.termsheetrc.yml', 'rules:\n  fto-missing: off\n');
    const parent = write('nested/parent.termsheet.yaml', SHEET);
    const child = write('nested/inner/deeper/child.termsheet.yaml', SHEET);
    const client = await start({ folders: [path.join(root, 'nested')] });

    const parentResult = await openFile(client, parent);
    assert.equal(severityOf(parentResult.diagnostics, 'fto-missing'), ERROR);
    const childResult = await openFile(client, child);
    assert.equal(severityOf(childResult.diagnostics, 'fto-missing'), undefined);
    // Only that rule is off: the others still run.
    assert.equal(severityOf(childResult.diagnostics, 'termination-missing'), severityOf(parentResult.diagnostics, 'termination-missing'));
    assert.ok(childResult.diagnostics.length > 0);
  });

  test('two workspace folders with different configs', async () => {
    write('multi/one/.termsheetrc.yaml', 'rules:\n  fto-missing: error\n');
    write('multi/two/.termsheetrc.json', '{"rules": {"fto-missing": "hint"}}\n');
    const one = write('multi/one/deal.termsheet.yaml', SHEET);
    const two = write('multi/two/deal.termsheet.yaml', SHEET);
    const client = await start({ folders: [path.join(root, 'multi/one'), path.join(root, 'multi/two')] });

    assert.equal(severityOf((await openFile(client, one)).diagnostics, 'fto-missing'), ERROR);
    assert.equal(severityOf((await openFile(client, two)).diagnostics, 'fto-missing'), HINT);
  });

  test('a file opened with no workspace finds its config by walking up', async () => {
    write('loose/.termsheetrc.json', '{"rules": {"fto-missing": "error"}}\n');
    const sheet = write('loose/a/b/c/deal.termsheet.yaml', SHEET);
    const client = await start();
    assert.equal(severityOf((await openFile(client, sheet)).diagnostics, 'fto-missing'), ERROR);

    // An untitled sheet has no folder: it gets the defaults, not some config.
    const untitled = 'untitled:Untitled-1.termsheet.yaml';
    await client.open(untitled, SHEET);
    assert.equal(severityOf(await client.diagnosticsForCurrentVersion(untitled), 'fto-missing'), WARNING);
  });

  test('termsheet.configFile, relative to the workspace folder, wins over discovery; settings apply last', async () => {
    const workspace = path.join(root, 'explicit');
    write('explicit/.termsheetrc.yaml', 'rules:\n  fto-missing: off\n');
    write('explicit/lint/team.yaml', 'rules:\n  fto-missing: error\n');
    const sheet = write('explicit/deals/deal.termsheet.yaml', SHEET);
    const client = await start({ folders: [workspace], options: { configFile: 'lint/team.yaml' } });

    const { uri, diagnostics } = await openFile(client, sheet);
    assert.equal(severityOf(diagnostics, 'fto-missing'), ERROR);

    // Editor rule settings override the config file.
    await client.changeConfiguration({ termsheet: { configFile: 'lint/team.yaml', rules: { 'fto-missing': 'hint' } } });
    await client.waitForDiagnostics(uri, withSeverity('fto-missing', HINT));

    // Back to discovery when the setting is emptied.
    await client.changeConfiguration({ termsheet: { configFile: '', rules: {} } });
    await client.waitForDiagnostics(uri, withSeverity('fto-missing', undefined));
  });

  test('a termsheet.configFile that does not exist is said, not silently ignored', async () => {
    const workspace = path.join(root, 'missing');
    write('missing/.termsheetrc.yaml', 'rules:\n  fto-missing: off\n');
    const sheet = write('missing/deal.termsheet.yaml', SHEET);
    const client = await start({ folders: [workspace], options: { configFile: 'lint/nope.yaml' } });

    const { diagnostics } = await openFile(client, sheet);
    // The sheet is linted with the defaults: its findings are all there.
    assert.equal(severityOf(diagnostics, 'fto-missing'), WARNING);
    const expected = path.join(workspace, 'lint/nope.yaml');
    const logged = client.logMessages.map((message) => message.message);
    assert.ok(
      logged.some((message) => message.includes('cannot read config file') && message.includes(expected) && message.includes('termsheet.configFile')),
      JSON.stringify(logged),
    );
    const shown = client.shownMessages.map((message) => message.message);
    assert.ok(
      shown.some((message) => message.includes(expected)),
      JSON.stringify(shown),
    );

    // Said once, not on every keystroke.
    await client.change(uriOf(sheet), SHEET + '# edited\n');
    await client.diagnosticsForCurrentVersion(uriOf(sheet));
    assert.equal(client.shownMessages.filter((message) => message.message.includes(expected)).length, 1);
  });

  test('workspace folders added later are used for a relative termsheet.configFile', async () => {
    write('folders/a/team.yaml', 'rules:\n  fto-missing: error\n');
    write('folders/b/team.yaml', 'rules:\n  fto-missing: hint\n');
    const sheet = write('folders/b/deal.termsheet.yaml', SHEET);
    const client = await start({
      folders: [path.join(root, 'folders/a')],
      options: { configFile: 'team.yaml' },
      capabilities: { workspace: { workspaceFolders: true } },
    });

    // Outside every workspace folder: the first folder is the base.
    const { uri, diagnostics } = await openFile(client, sheet);
    assert.equal(severityOf(diagnostics, 'fto-missing'), ERROR);

    await client.changeWorkspaceFolders({ added: [{ uri: uriOf(path.join(root, 'folders/b')), name: 'b' }], removed: [] });
    await client.waitForDiagnostics(uri, withSeverity('fto-missing', HINT));
  });
});

describe('config reload', () => {
  test('the server registers a watcher for config files when the client allows it', async () => {
    const client = await start({ capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const deadline = Date.now() + 5_000;
    while (client.registrations.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const registration = client.registrations.find((candidate) => candidate.method === 'workspace/didChangeWatchedFiles');
    assert.ok(registration, JSON.stringify(client.registrations));
    assert.deepEqual(registration.registerOptions, { watchers: [{ globPattern: '**/.termsheetrc.{yaml,yml,json}' }] });
  });

  test('a config edited, created or deleted on disk re-lints the open sheets', async () => {
    const config = write('reload/.termsheetrc.yaml', 'rules:\n  fto-missing: off\n');
    const sheet = write('reload/deals/deal.termsheet.yaml', SHEET);
    const client = await start({ folders: [path.join(root, 'reload')] });
    const { uri, diagnostics } = await openFile(client, sheet);
    assert.equal(severityOf(diagnostics, 'fto-missing'), undefined);

    fs.writeFileSync(config, 'rules:\n  fto-missing: error\n');
    await client.changeWatchedFiles([{ uri: uriOf(config), type: 2 }]);
    await client.waitForDiagnostics(uri, withSeverity('fto-missing', ERROR));

    const nearer = write('reload/deals/.termsheetrc.yaml', 'rules:\n  fto-missing: hint\n');
    await client.changeWatchedFiles([{ uri: uriOf(nearer), type: 1 }]);
    await client.waitForDiagnostics(uri, withSeverity('fto-missing', HINT));

    fs.rmSync(nearer);
    await client.changeWatchedFiles([{ uri: uriOf(nearer), type: 3 }]);
    await client.waitForDiagnostics(uri, withSeverity('fto-missing', ERROR));
    // The document itself did not change.
    assert.equal(client.latest(uri)?.version, 1);
  });

  test('saving an open config file re-lints the sheets under it; unsaved edits do not', async () => {
    const config = write('saving/.termsheetrc.yaml', 'rules:\n  fto-missing: off\n');
    const sheet = write('saving/deal.termsheet.yaml', SHEET);
    const client = await start({ folders: [path.join(root, 'saving')] });
    const { uri } = await openFile(client, sheet);
    const configUri = (await openFile(client, config)).uri;

    // Typing in the config buffer changes the config's own diagnostics only: sheets follow the file on disk.
    await client.change(configUri, 'rules:\n  fto-missing: error\n');
    await client.diagnosticsForCurrentVersion(configUri);
    assert.equal(severityOf(client.latest(uri)!.diagnostics, 'fto-missing'), undefined);

    fs.writeFileSync(config, 'rules:\n  fto-missing: error\n');
    await client.save(configUri);
    await client.waitForDiagnostics(uri, withSeverity('fto-missing', ERROR));
  });
});

describe('open config files', () => {
  // A registered rule with an option, to give it a value of the wrong type; the catalog grows over time.
  const withOption = RULES.find((rule) => Object.keys(rule.meta.options ?? {}).length > 0);
  const optionName = withOption ? Object.keys(withOption.meta.options!)[0] : undefined;

  const CONFIG = [
    'rules:',
    '  fto-missng: error',
    '  termination-missing: loud',
    '  non-compete-missing: off',
    ...(withOption ? [`  ${withOption.meta.id}:`, `    ${optionName}: [1, 2]`] : []),
    'custom:',
    '  - id: acme/broken-pattern',
    '    given: governing_law',
    '    check: {pattern: "(unclosed"}',
    '  - id: acme/require-jsc',
    '    given: license.governance.jsc',
    '    check: required',
    '    docs: https://intranet.example/playbook#jsc',
    '',
  ].join('\n');

  test('each problem is one diagnostic at its place, live as the file is edited', async () => {
    const config = write('invalid/.termsheetrc.yaml', CONFIG);
    const client = await start({ folders: [path.join(root, 'invalid')] });
    const { uri, diagnostics } = await openFile(client, config);

    const expected = [
      rangeOf(CONFIG, 'fto-missng'),
      rangeOf(CONFIG, 'loud'),
      ...(withOption ? [rangeOf(CONFIG, '[1, 2]')] : []),
      rangeOf(CONFIG, '"(unclosed"'),
    ];
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.range),
      expected,
      JSON.stringify(diagnostics, null, 1),
    );
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'termsheet');
      assert.equal(diagnostic.code, 'config-invalid');
      assert.equal(diagnostic.severity, ERROR);
    }
    assert.match(textOf(diagnostics[0].message), /Unknown rule "fto-missng" \(did you mean fto-missing\?\)/);
    assert.match(textOf(diagnostics[1].message), /termination-missing/);
    if (withOption) assert.ok(textOf(diagnostics[2].message).includes(optionName!), textOf(diagnostics[2].message));
    assert.match(textOf(diagnostics.at(-1)!.message), /acme\/broken-pattern: invalid pattern/);

    // Fixing the typo removes that diagnostic in the next publication.
    await client.change(uri, CONFIG.replace('fto-missng', 'fto-missing'));
    const fixed = await client.diagnosticsForCurrentVersion(uri);
    assert.deepEqual(
      fixed.map((diagnostic) => diagnostic.range),
      expected.slice(1),
    );

    await client.close(uri);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0 && params.version === undefined);
  });

  test('the rest of an invalid config still applies to the sheets, custom rules included', async () => {
    write('invalid-applies/.termsheetrc.yaml', CONFIG);
    const sheet = write('invalid-applies/deal.termsheet.yaml', SHEET);
    const client = await start({ folders: [path.join(root, 'invalid-applies')] });
    const { uri, diagnostics } = await openFile(client, sheet);

    assert.equal(severityOf(diagnostics, 'non-compete-missing'), undefined, 'turned off by the valid part');
    const terminationDefault = RULES.find((rule) => rule.meta.id === 'termination-missing')!.meta.defaultSeverity;
    assert.equal(
      severityOf(diagnostics, 'termination-missing'),
      { error: ERROR, warning: WARNING, info: 3, hint: HINT }[terminationDefault],
      'a bad severity leaves the default',
    );
    assert.equal(severityOf(diagnostics, 'acme/broken-pattern'), undefined);

    const custom = diagnostics.find((diagnostic) => diagnostic.code === 'acme/require-jsc');
    assert.ok(custom, JSON.stringify(diagnostics.map((diagnostic) => diagnostic.code)));
    assert.equal(custom.severity, WARNING);
    assert.equal(custom.source, 'termsheet');
    assert.match(textOf(custom.message), /license\.governance\.jsc/);
    // The missing key's parent, `governance:`, is where it points.
    assert.deepEqual(custom.range.start, rangeOf(SHEET, 'governance').start);
    assert.equal(custom.codeDescription?.href, 'https://intranet.example/playbook#jsc');

    const hover = await client.hover(uri, custom.range.start);
    const text = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.ok(text.includes('acme/require-jsc'), text);
  });

  test('a config that does not parse: one diagnostic on it, and the sheet keeps all its findings', async () => {
    const config = write('unparsable/.termsheetrc.yaml', 'rules:\n  fto-missing: [off\nregions: 1\n');
    const sheet = write('unparsable/deal.termsheet.yaml', SHEET);
    const client = await start({ folders: [path.join(root, 'unparsable')] });

    const { diagnostics } = await openFile(client, sheet);
    assert.equal(severityOf(diagnostics, 'fto-missing'), WARNING);
    assert.ok(diagnostics.length > 3);
    assert.ok(client.logMessages.some((message) => message.message.includes('cannot parse config file')));

    const configDiagnostics = (await openFile(client, config)).diagnostics;
    assert.equal(configDiagnostics.length, 1);
    assert.equal(configDiagnostics[0].code, 'config-invalid');
    assert.ok(configDiagnostics[0].range.start.line > 0, 'at the problem, not line 0');
    assert.ok(client.alive);
  });
});

describe('the CLI and the server agree', () => {
  test('same findings (rule ids, messages, severities, ranges) for the same file and config', async () => {
    const config = write(
      'agree/.termsheetrc.yaml',
      [
        'extends: strict',
        'rules:',
        '  fto-missing: error',
        '  non-compete-missing: off',
        '  no-such-rule: warning',
        'regions:',
        '  our-apac: [JP, KR]',
        'custom:',
        '  - id: acme/require-jsc',
        '    given: license.governance.jsc',
        '    check: required',
        '  - id: acme/no-korea',
        '    given: license.territory',
        '    check: {excludes: [KR]}',
        '    severity: error',
        '',
      ].join('\n'),
    );
    const sheet = write('agree/deals/deal.termsheet.yaml', SHEET);

    const run = runCli(['--format', 'json', 'deals'], { cwd: path.join(root, 'agree') });
    assert.equal(run.stderr, '');
    const output = JSON.parse(run.stdout) as { filePath: string; messages: Record<string, unknown>[] }[];
    assert.deepEqual(
      output.map((file) => file.filePath),
      ['.termsheetrc.yaml', 'deals/deal.termsheet.yaml'],
    );

    // The bundled server: built in the same step as the bundled CLI, so both carry the same rules.
    const client = await start({ folders: [path.join(root, 'agree')], serverPath: path.join(path.dirname(CLI), 'server.js') });
    const severities = ['', 'error', 'warning', 'info', 'hint'];
    const asCli = (diagnostics: Diagnostic[]) =>
      diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.code,
        severity: severities[diagnostic.severity ?? 0],
        message: textOf(diagnostic.message),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
      }));

    const sheetDiagnostics = (await openFile(client, sheet)).diagnostics;
    const codes = sheetDiagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('acme/require-jsc') && codes.includes('acme/no-korea') && !codes.includes('non-compete-missing'), codes.join());
    // The edits the CLI lists are the server's quick fixes, asked for apart: the findings are compared.
    const findingOf = ({ fix: _fix, suggestions: _suggestions, ...message }: Record<string, unknown>) => message;
    assert.deepEqual(asCli(sheetDiagnostics), output[1].messages.map(findingOf));

    const configDiagnostics = (await openFile(client, config)).diagnostics;
    assert.equal(configDiagnostics.length, 1);
    assert.deepEqual(asCli(configDiagnostics), output[0].messages.map(findingOf));
  });
});

describe("the config's files and ignore globs in the editor", () => {
  /**
   * Waits until the server has handled what was sent before: a request is answered after the
   * notifications before it, and what their handlers published or told was written before the answer.
   */
  async function handled(client: LspTestClient, uri: string): Promise<void> {
    await client.hover(uri, { line: 0, character: 0 });
  }

  test('a YAML file the files globs name is linted; one they do not name, or name but ignore leaves out, is not', async () => {
    write('globs/.termsheetrc.yaml', 'files: [deals/**/*.yaml]\nignore: [deals/old]\n');
    const listed = write('globs/deals/acme.yaml', INVALID_YAML);
    const unlisted = write('globs/notes/acme.yaml', INVALID_YAML);
    const ignored = write('globs/deals/old/acme.yaml', INVALID_YAML);
    const client = await start({ folders: [path.join(root, 'globs')] });

    assert.deepEqual(
      (await openFile(client, listed)).diagnostics.map((diagnostic) => diagnostic.code),
      ['syntax'],
    );
    assert.ok(await client.hover(uriOf(listed), { line: 2, character: 0 }));
    for (const file of [unlisted, ignored]) {
      await client.open(uriOf(file), INVALID_YAML);
      await handled(client, uriOf(file));
      assert.equal(client.published.get(uriOf(file)), undefined, file);
      assert.equal(await client.hover(uriOf(file), { line: 2, character: 0 }), null);
    }
  });

  test('a config edited on disk lints the files it now names and clears those it no longer names', async () => {
    const config = write('reglob/.termsheetrc.yaml', 'files: [deals/*.yaml]\n');
    const first = write('reglob/deals/first.yaml', INVALID_YAML);
    const second = write('reglob/other/second.yaml', INVALID_YAML);
    const client = await start({ folders: [path.join(root, 'reglob')] });
    assert.equal((await openFile(client, first)).diagnostics.length, 1);
    await client.open(uriOf(second), INVALID_YAML);
    await handled(client, uriOf(second));
    assert.equal(client.published.get(uriOf(second)), undefined);

    write('reglob/.termsheetrc.yaml', 'files: [other/*.yaml]\n');
    await client.changeWatchedFiles([{ uri: uriOf(config), type: 2 }]);
    await client.waitForDiagnostics(uriOf(first), (params) => params.diagnostics.length === 0);
    const linted = await client.waitForDiagnostics(uriOf(second), (params) => params.diagnostics.length === 1);
    assert.equal(linted.diagnostics[0].code, 'syntax');
    assert.equal(await client.hover(uriOf(first), { line: 2, character: 0 }), null);
  });

  const TERM_SHEETS_ARE = (uris: string[]) => (params: TermSheetsParams) => [...params.uris].sort().join() === [...uris].sort().join();

  test('a client that asks is told which open documents are term sheets, those the files globs name included', async () => {
    const config = write('told/.termsheetrc.yaml', 'files: [deals/*.yaml]\n');
    const listed = uriOf(write('told/deals/acme.yaml', INVALID_YAML));
    const named = uriOf(write('told/beta.termsheet.yaml', INVALID_YAML));
    const other = uriOf(write('told/notes/todo.yaml', 'todo: call counsel\n'));
    const client = await start({ folders: [path.join(root, 'told')], options: { termSheetList: true } });

    await client.open(listed, INVALID_YAML);
    await client.waitForNotification(TERM_SHEETS_NOTIFICATION, TERM_SHEETS_ARE([listed]));
    await client.open(named, INVALID_YAML);
    await client.waitForNotification(TERM_SHEETS_NOTIFICATION, TERM_SHEETS_ARE([listed, named]));
    await client.open(other, 'todo: call counsel\n');
    await handled(client, other);
    assert.ok(TERM_SHEETS_ARE([listed, named])(await client.waitForNotification<TermSheetsParams>(TERM_SHEETS_NOTIFICATION)));

    write('told/.termsheetrc.yaml', 'files: [notes/*.yaml]\n');
    await client.changeWatchedFiles([{ uri: uriOf(config), type: 2 }]);
    await client.waitForNotification(TERM_SHEETS_NOTIFICATION, TERM_SHEETS_ARE([named, other]));
    await client.close(named);
    await client.waitForNotification(TERM_SHEETS_NOTIFICATION, TERM_SHEETS_ARE([other]));
  });

  test('a client that does not ask is told nothing of it', async () => {
    write('untold/.termsheetrc.yaml', 'files: [deals/*.yaml]\n');
    const listed = write('untold/deals/acme.yaml', INVALID_YAML);
    const client = await start({ folders: [path.join(root, 'untold')] });
    assert.equal((await openFile(client, listed)).diagnostics.length, 1);
    await handled(client, uriOf(listed));
    assert.deepEqual(client.customNotifications, []);
  });
});
