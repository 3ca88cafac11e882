import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readInitializationOptions, readSettingsSection } from '../../server/src/lsp/settings';
import { explicitConfigPath, filePathOf, folderOf, isConfigUri } from '../../server/src/lsp/sheet-config';

const root = path.resolve('/work-root');
const at = (...parts: string[]) => path.join(root, ...parts);

describe('config paths for documents', () => {
  test('the innermost workspace folder holding a file, never a folder that merely shares a prefix', () => {
    const folders = [at('ws'), at('ws/nested'), at('ws2')];
    assert.equal(folderOf(at('ws/nested/a.termsheet.yaml'), folders), at('ws/nested'));
    assert.equal(folderOf(at('ws/a.termsheet.yaml'), folders), at('ws'));
    assert.equal(folderOf(at('ws2/a.termsheet.yaml'), folders), at('ws2'));
    assert.equal(folderOf(at('ws3/a.termsheet.yaml'), folders), undefined);
  });

  test("termsheet.configFile: absolute as is; relative to the holding folder, the first folder, or the document's folder", () => {
    const folders = [at('one'), at('two')];
    assert.equal(explicitConfigPath(at('shared/rc.yaml'), at('two/a.yaml'), folders), at('shared/rc.yaml'));
    assert.equal(explicitConfigPath('lint/rc.yaml', at('two/deals/a.yaml'), folders), at('two/lint/rc.yaml'));
    assert.equal(explicitConfigPath('lint/rc.yaml', at('elsewhere/a.yaml'), folders), at('one/lint/rc.yaml'));
    assert.equal(explicitConfigPath('lint/rc.yaml', at('elsewhere/a.yaml'), []), at('elsewhere/lint/rc.yaml'));
  });

  test('only file URIs have a path; config files are recognised by name', () => {
    assert.equal(filePathOf(pathToFileURL(at('a b/x.termsheet.yaml')).href), at('a b/x.termsheet.yaml'));
    assert.equal(filePathOf('untitled:Untitled-1'), undefined);
    assert.ok(isConfigUri(pathToFileURL(at('.termsheetrc.json')).href));
    assert.ok(!isConfigUri(pathToFileURL(at('termsheetrc.yaml')).href));
  });

  test('termsheet.configFile from settings and initializationOptions; blank means search upwards', () => {
    assert.equal(readSettingsSection({ configFile: ' lint/rc.yaml ' }).configFile, 'lint/rc.yaml');
    assert.equal(readSettingsSection({ configFile: '' }).configFile, undefined);
    assert.equal(readSettingsSection({ configFile: 42 }).configFile, undefined);
    assert.equal(readInitializationOptions({ configFile: 'rc.yaml', rules: { 'fto-missing': 'off' } }).settings.configFile, 'rc.yaml');
  });
});
