import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspTestClient } from './lsp-client';
import { engineFindings, fromDiagnostic, fromFinding } from './support';

/** Deterministic "random" bytes (a fixed LCG), with NULs, read as Latin-1 so every byte is one character. */
function binaryJunk(length: number): string {
  let seed = 42;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = i % 97 === 0 ? 0 : seed >> 16;
  }
  return bytes.toString('latin1');
}

const DEEP_FLOW = '['.repeat(10_000) + ']'.repeat(10_000);

/** Inputs the engine can be asked about in this process (the deep ones are never parsed here: see server/src/engine/nesting.ts). */
const COMPARABLE: Array<[name: string, text: string]> = [
  ['empty', ''],
  ['top-level-list', '- a\n- b\n'],
  ['scalar', 'just a sentence\n'],
  ['binary', binaryJunk(4096)],
  ['lone-surrogates', 'title: \ud800 broken \udfff\nlicense: {scope: exclusive}\n'],
  ['five-megabytes', 'key: value\n'.repeat(Math.ceil((5 * 1024 * 1024) / 11))],
  ['many-documents', 'a: 1\n---\nb: 2\n---\n- c\n'],
  ['tabs-and-crlf', 'license:\r\n\tscope: exclusive\r\n'],
];

describe('documents that must not take the server down', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize();
  });

  after(() => client.kill());

  for (const [name, text] of COMPARABLE) {
    test(`${name}: published diagnostics equal the engine's`, async () => {
      const uri = `file:///tmp/bad/${name}.termsheet.yaml`;
      await client.open(uri, text);
      const diagnostics = await client.diagnosticsForCurrentVersion(uri, 30_000);
      assert.deepEqual(diagnostics.map(fromDiagnostic), engineFindings(text, `${name}.termsheet.yaml`).map(fromFinding));
      assert.ok(client.alive);
    });
  }

  test('a 10,000-deep flow list is reported, also after edits that parse it again', async () => {
    const uri = 'file:///tmp/bad/deep.termsheet.yaml';
    await client.open(uri, DEEP_FLOW);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'syntax');
    assert.match(fromDiagnostic(diagnostics[0]).message, /too deep/);

    // yaml's stack overflow on such input can abort the process on a later parse: re-linting must be safe.
    for (const variant of [`${DEEP_FLOW}\n`, '['.repeat(10_000), '- '.repeat(5_000) + 'x', `a: ${'{b: '.repeat(5_000)}`]) {
      await client.change(uri, variant);
      const again = await client.diagnosticsForCurrentVersion(uri);
      assert.deepEqual(
        again.map((diagnostic) => diagnostic.code),
        ['syntax'],
      );
    }
    assert.ok(client.alive);
  });

  test('a malformed request about an open sheet is refused without touching its diagnostics', async () => {
    const uri = 'file:///tmp/bad/malformed-request.termsheet.yaml';
    await client.open(uri, 'license:\n  scope: [exclusive\n');
    const before = await client.diagnosticsForCurrentVersion(uri);
    const published = client.published.get(uri)?.length ?? 0;
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: before[0].range, context: null }).catch(() => undefined);
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null }).catch(() => undefined);
    // A request the server answers after both: anything they published has arrived by now.
    assert.ok(await client.hover(uri, before[0].range.start));
    assert.equal(client.published.get(uri)?.length ?? 0, published, 'no diagnostics published for the malformed requests');
    assert.ok(client.alive);
  });

  test('after all of that, a normal request still answers', async () => {
    const uri = 'file:///tmp/bad/normal.termsheet.yaml';
    const text = 'license:\n  scope: [exclusive\nfinancials: 1\n';
    await client.open(uri, text);
    const [diagnostic] = await client.diagnosticsForCurrentVersion(uri);
    const hover = await client.hover(uri, diagnostic.range.start);
    assert.ok(hover, 'a hover');
    assert.ok(client.alive);
    assert.doesNotMatch(client.stderr, /FATAL|RangeError/);
  });
});
