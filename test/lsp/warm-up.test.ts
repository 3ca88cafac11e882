import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { formatOf } from '../../server/src/engine';
import { checkText } from '../../server/src/lsp/check';
import { documentPath } from '../../server/src/lsp/file-filter';
import { WarmUp, warmUpSheets } from '../../server/src/lsp/warm-up';
import { LspTestClient } from './lsp-client';
import { readExample } from './support';

const clients: LspTestClient[] = [];

after(() => {
  for (const client of clients) client.kill();
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('warming up after the first lint', () => {
  test('lints each sample once, one per turn of the event loop, after the publication that started it', async () => {
    const linted: string[] = [];
    const errors: string[] = [];
    const warmUp = new WarmUp(
      {
        lint: (text, uri) => {
          linted.push(uri);
          if (text === 'broken') throw new Error('boom');
        },
        logError: (message) => errors.push(message),
      },
      () => [
        { name: 'a.termsheet.yaml', text: 'broken' },
        { name: 'b.termsheet.md', text: '# B' },
      ],
    );
    warmUp.start();
    warmUp.start();
    assert.deepEqual(linted, [], 'nothing before the turn that started it is over');
    await nextTurn();
    assert.deepEqual(linted, ['untitled:a.termsheet.yaml']);
    await nextTurn();
    assert.deepEqual(linted, ['untitled:a.termsheet.yaml', 'untitled:b.termsheet.md'], 'the next sample still, after one failed');
    await nextTurn();
    assert.equal(linted.length, 2, 'once, however often started');
    assert.equal(errors.length, 1);
    assert.match(errors[0], /linting the sample a\.termsheet\.yaml failed: .*boom/);
  });

  test('the samples are a YAML and a Markdown sheet, and lint', () => {
    const sheets = warmUpSheets();
    assert.deepEqual(
      sheets.map((sheet) => formatOf(documentPath(`untitled:${sheet.name}`))),
      ['yaml', 'markdown'],
    );
    for (const sheet of sheets) assert.ok(checkText(sheet.text, `untitled:${sheet.name}`, {}).sheet, `${sheet.name} is read as a sheet`);
  });

  test('the server publishes nothing for the samples', async () => {
    const client = LspTestClient.stdio();
    clients.push(client);
    await client.initialize({ debounceMs: 10 });
    const uri = 'file:///tmp/warm-up/pitfalls.termsheet.yaml';
    await client.open(uri, readExample('pitfalls.termsheet.yaml'));
    await client.diagnosticsForCurrentVersion(uri);
    // Requests answered after the warm-up's turns: anything it published would have arrived before.
    await client.hover(uri, { line: 0, character: 0 });
    await client.hover(uri, { line: 0, character: 0 });
    assert.deepEqual([...client.published.keys()], [uri]);
    assert.equal(client.published.get(uri)?.length, 1);
  });
});
