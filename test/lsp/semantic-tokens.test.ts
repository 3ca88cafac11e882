import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  SemanticTokensRangeRequest,
  SemanticTokensRegistrationType,
  type Registration,
  SemanticTokensRequest,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensOptions,
  type SemanticTokensRegistrationOptions,
} from 'vscode-languageserver-protocol';
import { TERM_SHEET_GLOB } from '../../server/src/lsp/protocol';
import { LspTestClient } from './lsp-client';
import { REPO_ROOT } from './support';

const YAML_SHEET = `status: draft
financials:
  # termsheet-disable-next-line placeholder-left -- set at signing
  upfront: "[TBD]"
  royalty: "[***] of net sales"
  total_deal_value: USD 20M
`;

const MARKDOWN_SHEET = `# Licence of QL-88 to [TBD]

<!-- termsheet-disable-next-line fto-missing -- searched in 2025 -->
## Financials

| Term | |
|---|---|
| Upfront | USD 20M on signing |
| Royalty | [***] of net sales |
`;

/** A plain YAML file with what would be marks in a term sheet. */
const COMPOSE = `services:
  api:
    environment:
      PRICE: USD 20M # TBD
      NOTE: "[TBD] [***]"
`;

type Decoded = [line: number, text: string, type: string];

/** The protocol's relative encoding back to (line, text, type), with the legend the server declared. */
function decode(tokens: SemanticTokens, text: string, tokenTypes: readonly string[]): Decoded[] {
  const lines = text.split('\n');
  const decoded: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaCharacter, length, type, modifiers] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaCharacter : deltaCharacter;
    assert.equal(modifiers, 0);
    decoded.push([line, lines[line].slice(character, character + length), tokenTypes[type]]);
  }
  return decoded;
}

function semanticTokensOptions(result: InitializeResult): SemanticTokensOptions & SemanticTokensRegistrationOptions {
  const options = result.capabilities.semanticTokensProvider as SemanticTokensOptions & SemanticTokensRegistrationOptions;
  assert.ok(options, 'the server offers semantic tokens');
  return options;
}

describe('semantic tokens over stdio', () => {
  let client: LspTestClient;
  let tokenTypes: string[];

  before(async () => {
    client = LspTestClient.stdio();
    tokenTypes = semanticTokensOptions(await client.initialize()).legend.tokenTypes;
  });

  after(() => client.stop());

  const full = (uri: string) => client.request<SemanticTokens>(SemanticTokensRequest.method, { textDocument: { uri } });

  test('a YAML term sheet: its placeholder, redaction, amount and directive', async () => {
    const uri = 'file:///work/tokens/deal.termsheet.yaml';
    await client.open(uri, YAML_SHEET);
    assert.deepEqual(decode(await full(uri), YAML_SHEET, tokenTypes), [
      [2, 'termsheet-disable-next-line', 'lintDirective'],
      [2, 'placeholder-left', 'lintRuleId'],
      [3, '[TBD]', 'placeholder'],
      [4, '[***]', 'redaction'],
      [5, 'USD 20M', 'money'],
    ]);
  });

  test('a Markdown term sheet: the same marks, and none in a section label', async () => {
    const uri = 'file:///work/tokens/deal.termsheet.md';
    await client.open(uri, MARKDOWN_SHEET, 'markdown');
    assert.deepEqual(decode(await full(uri), MARKDOWN_SHEET, tokenTypes), [
      [0, '[TBD]', 'placeholder'],
      [2, 'termsheet-disable-next-line', 'lintDirective'],
      [2, 'fto-missing', 'lintRuleId'],
      [7, 'USD 20M', 'money'],
      [8, '[***]', 'redaction'],
    ]);
  });

  test('the tokens follow an edit', async () => {
    const uri = 'file:///work/tokens/edited.termsheet.yaml';
    await client.open(uri, YAML_SHEET);
    const edited = YAML_SHEET.replace('"[TBD]"', 'EUR 5M');
    await client.change(uri, edited);
    assert.deepEqual(
      decode(await full(uri), edited, tokenTypes).filter(([line]) => line === 3),
      [[3, 'EUR 5M', 'money']],
    );
  });

  test('a range: only the tokens of its lines', async () => {
    const uri = 'file:///work/tokens/range.termsheet.yaml';
    await client.open(uri, YAML_SHEET);
    const tokens = await client.request<SemanticTokens>(SemanticTokensRangeRequest.method, {
      textDocument: { uri },
      range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } },
    });
    assert.deepEqual(decode(tokens, YAML_SHEET, tokenTypes), [
      [4, '[***]', 'redaction'],
      [5, 'USD 20M', 'money'],
    ]);
  });

  test('a YAML file that is not a term sheet gets none', async () => {
    const uri = 'file:///work/tokens/docker-compose.yml';
    await client.open(uri, COMPOSE);
    assert.deepEqual(await full(uri), { data: [] });
  });
});

describe('term sheets of other names are registered by path while open', () => {
  const TOKENS = SemanticTokensRegistrationType.method;
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize(
      { debounceMs: 10 },
      { textDocument: { semanticTokens: { dynamicRegistration: true, requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
    );
  });

  after(() => client.stop());

  const selectors = (registrations: Registration[]) =>
    registrations.map((registration) => (registration.registerOptions as SemanticTokensRegistrationOptions).documentSelector);

  test('a Markdown sheet by its front matter: registered, asked, and withdrawn when closed; a plain file never', async () => {
    const plain = 'file:///work/tokens/docs/README.md';
    await client.open(plain, '# Read me\n\nPrice: USD 20M [TBD]\n', 'markdown');
    const uri = 'file:///work/tokens/deals/ql-88.md';
    const text = `---\ntermsheet: true\nupfront: "[TBD]"\ntotal_deal_value: USD 90M\n---\n\n# Licence of QL-88\n`;
    await client.open(uri, text, 'markdown');

    const registered = await client.waitForRegistrations(TOKENS, (inForce) => inForce.length === 1);
    assert.deepEqual(selectors(registered), [[{ scheme: 'file', pattern: '/work/tokens/deals/ql-88.md' }]]);
    const options = registered[0].registerOptions as SemanticTokensRegistrationOptions;
    const tokens = await client.request<SemanticTokens>(SemanticTokensRequest.method, { textDocument: { uri } });
    assert.deepEqual(decode(tokens, text, options.legend.tokenTypes), [
      [2, '[TBD]', 'placeholder'],
      [3, 'USD 90M', 'money'],
    ]);

    await client.close(uri);
    await client.waitForRegistrations(TOKENS, (inForce) => inForce.length === 0);
    assert.deepEqual(client.unregistrations, [registered[0].id]);
  });

  test('a sheet by name is in the declared selector, not registered again', async () => {
    const before = client.registrations.length;
    const uri = 'file:///work/tokens/named.termsheet.yaml';
    await client.open(uri, YAML_SHEET);
    await client.diagnosticsForCurrentVersion(uri);
    // A sheet of another name opened after it: the registrations come in order, so this one is the only one since.
    const other = 'file:///work/tokens/deals/again.md';
    await client.open(other, '---\ntermsheet: true\n---\n', 'markdown');
    const registered = await client.waitForRegistrations(TOKENS, (inForce) => inForce.length === 1);
    assert.deepEqual(selectors(client.registrations.slice(before)), [[{ scheme: 'file', pattern: '/work/tokens/deals/again.md' }]]);
    assert.deepEqual(selectors(registered), [[{ scheme: 'file', pattern: '/work/tokens/deals/again.md' }]]);
  });
});

describe('the bundled server declares semantic tokens for term sheets only', () => {
  let client: LspTestClient;
  let result: InitializeResult;

  before(async () => {
    client = LspTestClient.stdio(path.join(REPO_ROOT, 'dist/server.js'));
    result = await client.initialize();
  });

  after(() => client.stop());

  test('in the answer to initialize written at build time', () => {
    const options = semanticTokensOptions(result);
    assert.deepEqual(options.legend.tokenTypes, ['placeholder', 'redaction', 'money', 'lintDirective', 'lintRuleId']);
    assert.equal(options.full, true);
    assert.equal(options.range, true);
    assert.deepEqual(options.documentSelector, [
      { scheme: 'file', pattern: TERM_SHEET_GLOB },
      { scheme: 'untitled', pattern: TERM_SHEET_GLOB },
    ]);
  });

  test('with a theme scope in package.json for every token type', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { semanticTokenTypes: { id: string }[]; semanticTokenScopes: { scopes: Record<string, string[]> }[] };
    };
    const types = semanticTokensOptions(result).legend.tokenTypes;
    assert.deepEqual(
      manifest.contributes.semanticTokenTypes.map((type) => type.id),
      types,
    );
    assert.deepEqual(Object.keys(manifest.contributes.semanticTokenScopes[0].scopes), types);
  });
});
