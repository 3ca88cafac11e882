import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONFIG_GLOB, TERM_SHEET_GLOB, termSheetFilters } from '../../client/src/selector';
import { matchesFileGlobs } from '../../server/src/lsp/file-filter';
import { CONFIG_FILE_GLOB } from '../../server/src/lsp/sheet-config';

describe('client document filters', () => {
  test('term sheets by name, saved or untitled, when no extra files are set', () => {
    assert.deepEqual(termSheetFilters([], ['file:///ws']), [
      { scheme: 'file', glob: TERM_SHEET_GLOB },
      { scheme: 'untitled', glob: TERM_SHEET_GLOB },
    ]);
  });

  test('each extra glob matches the absolute path and the path within every folder, as the server does', () => {
    assert.deepEqual(termSheetFilters(['deals/*.yaml'], ['file:///a', 'file:///b']).slice(2), [
      { scheme: 'file', glob: 'deals/*.yaml' },
      { scheme: 'file', glob: 'deals/*.yaml', baseUri: 'file:///a' },
      { scheme: 'file', glob: 'deals/*.yaml', baseUri: 'file:///b' },
    ]);
  });

  test('the setting is read as the server reads it: strings only, trimmed, once each', () => {
    assert.deepEqual(termSheetFilters([' **/deal-*.yaml ', '**/deal-*.yaml', 3, ''], []).slice(2), [{ scheme: 'file', glob: '**/deal-*.yaml' }]);
    assert.equal(termSheetFilters('**/*.yaml', []).length, 2);
  });

  test('the config glob is the one the server watches', () => {
    assert.equal(CONFIG_GLOB, CONFIG_FILE_GLOB);
  });
});

describe('server file globs', () => {
  const folders = ['/ws'];

  test('a relative glob matches within a workspace folder only', () => {
    assert.ok(matchesFileGlobs('file:///ws/deals/a.yaml', { globs: ['deals/*.yaml'], folders }));
    assert.ok(!matchesFileGlobs('file:///other/deals/a.yaml', { globs: ['deals/*.yaml'], folders }));
    assert.ok(!matchesFileGlobs('file:///ws/deals/nested/a.yaml', { globs: ['deals/*.yaml'], folders }));
  });

  test('a ** glob or an absolute glob matches the absolute path, with or without folders', () => {
    assert.ok(matchesFileGlobs('file:///tmp/x/deal-x.yaml', { globs: ['**/deal-*.yaml'], folders: [] }));
    assert.ok(matchesFileGlobs('file:///tmp/x/deal-x.yaml', { globs: ['/tmp/*/deal-*.yaml'], folders: [] }));
    assert.ok(!matchesFileGlobs('file:///tmp/x/notes.yaml', { globs: ['**/deal-*.yaml'], folders: [] }));
  });

  test('names are decoded; hidden folders are not skipped; untitled documents match by their path', () => {
    assert.ok(matchesFileGlobs('file:///ws/my%20deals/a.yaml', { globs: ['my deals/*.yaml'], folders }));
    assert.ok(matchesFileGlobs('file:///ws/.drafts/a.yaml', { globs: ['**/*.yaml'], folders }));
    assert.ok(matchesFileGlobs('untitled:/ws/deal-new.yaml', { globs: ['**/deal-*.yaml'], folders }));
  });

  test('no globs, no match; a negated glob is taken literally rather than as "everything else"', () => {
    assert.ok(!matchesFileGlobs('file:///ws/a.yaml', { globs: [], folders }));
    assert.ok(!matchesFileGlobs('file:///ws/a.yaml', { globs: ['!b.yaml'], folders }));
  });
});
