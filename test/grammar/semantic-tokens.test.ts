import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../rules';
import { lintText, readSheet, visitScalars, formatOf, type Sheet } from '../../server/src/engine';
import { findMoney } from '../../server/src/engine/values/find-in-prose';
import { sheetTokens, type SheetToken, type TokenType } from '../../server/src/lsp/semantic-tokens';

// The sheets here are written as highlighting tests: each source line is followed by assertion lines
// (`#` in YAML, `<!--` in Markdown) whose `^^^` (or `<~~---`: skip 2, then 3) mark characters of the line
// above, with the scopes they carry or, after ` - `, do not. The scopes the server's tokens map to
// (package.json semanticTokenScopes) are checked against the tokens of the sheet without its assertion lines.

/** The repository root, from out/test/grammar/. */
const ROOT = path.resolve(__dirname, '../../..');
const FOLDER = path.join(ROOT, 'test/grammar');

const SCOPE_TYPES: Record<string, TokenType> = {
  'invalid.deprecated.placeholder.termsheet': 'placeholder',
  'constant.numeric.money.termsheet': 'money',
  'keyword.control.directive.termsheet': 'lintDirective',
  'variable.other.constant.rule.termsheet': 'lintRuleId',
};

interface Assertion {
  /** The line of the sheet without its assertion lines, and the line as written in the fixture. */
  line: number;
  fixtureLine: number;
  start: number;
  end: number;
  type: TokenType;
  present: boolean;
}

interface Fixture {
  name: string;
  text: string;
  assertions: Assertion[];
}

function readFixture(name: string): Fixture {
  const lines = readFileSync(path.join(FOLDER, name), 'utf8').split('\n');
  const marker = name.endsWith('.md') ? '<!--' : '#';
  const assertionLine = new RegExp(`^${marker}\\s*(?:\\^|<[~-])`);
  const kept: string[] = [];
  const assertions: Assertion[] = [];
  // The first line names the test.
  lines.slice(1).forEach((line, index) => {
    if (!assertionLine.test(line)) {
      kept.push(line);
      return;
    }
    const at = /^(?:<(~*)(-+)|\s*(\^+))/.exec(line.slice(marker.length))!;
    const start = at[3] ? marker.length + line.slice(marker.length).indexOf('^') : at[1].length;
    const end = start + (at[3] ?? at[2]).length;
    const [present, absent = ''] = line.slice(marker.length + at[0].length).split(/\s-\s/);
    for (const [scopes, isPresent] of [
      [present, true],
      [absent, false],
    ] as const) {
      for (const scope of scopes.trim().split(/\s+/)) {
        const type = SCOPE_TYPES[scope];
        if (type) assertions.push({ line: kept.length - 1, fixtureLine: index + 2, start, end, type, present: isPresent });
      }
    }
  });
  return { name, text: kept.join('\n'), assertions };
}

const FIXTURES = readdirSync(FOLDER)
  .filter((name) => /\.termsheet\.(yaml|md)$/.test(name))
  .map(readFixture);

function sheetOf(text: string, name: string): Sheet {
  const sheet = readSheet(text, formatOf(name));
  assert.ok(sheet, name);
  return sheet;
}

/** For each line, the token type of each character (undefined where none). */
function typesByCharacter(sheet: Sheet, tokens: readonly SheetToken[]): Map<number, (TokenType | undefined)[]> {
  const lines = new Map<number, (TokenType | undefined)[]>();
  for (const token of tokens) {
    for (let offset = token.start; offset < token.end; offset++) {
      const { line, character } = sheet.lines.position(offset);
      const types = lines.get(line) ?? [];
      types[character] = token.type;
      lines.set(line, types);
    }
  }
  return lines;
}

describe('semantic tokens mark what the highlighting tests ask', () => {
  test('the fixtures hold assertions of every token type', () => {
    const asserted = new Set(FIXTURES.flatMap((fixture) => fixture.assertions.filter((assertion) => assertion.present).map((assertion) => assertion.type)));
    assert.deepEqual([...asserted].sort(), ['lintDirective', 'lintRuleId', 'money', 'placeholder']);
  });

  for (const fixture of FIXTURES) {
    test(fixture.name, () => {
      const sheet = sheetOf(fixture.text, fixture.name);
      const types = typesByCharacter(sheet, sheetTokens(sheet));
      const lines = fixture.text.split('\n');
      for (const assertion of fixture.assertions) {
        const marked = types.get(assertion.line) ?? [];
        for (let character = assertion.start; character < assertion.end; character++) {
          const where = `${fixture.name}:${assertion.fixtureLine} ${JSON.stringify(lines[assertion.line].slice(assertion.start, assertion.end))}`;
          if (assertion.present) assert.equal(marked[character], assertion.type, `${where} is a ${assertion.type}`);
          else assert.notEqual(marked[character], assertion.type, `${where} is no ${assertion.type}`);
        }
      }
    });
  }
});

const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
  .map((name) => ({ name, text: readFileSync(path.join(ROOT, 'examples', name), 'utf8') }));

describe("semantic tokens are the engine's findings", () => {
  for (const { name, text } of [...FIXTURES, ...EXAMPLES]) {
    test(name, () => {
      const result = lintText(text, { rules: RULES, config: {}, fileName: name });
      const sheet = result.sheet;
      assert.ok(sheet);
      const tokens = sheetTokens(sheet);
      const spans = (type: TokenType) => tokens.filter((token) => token.type === type).map((token) => `${token.start}-${token.end}`);

      // Placeholders: what placeholder-left reports, shown or waived by a directive.
      const placeholderLeft = [...result.findings, ...result.suppressed.map((suppressed) => suppressed.finding)]
        .filter((finding) => finding.ruleId === 'placeholder-left')
        .map(
          (finding) =>
            `${sheet.lines.offsetAt(finding.range.start.line, finding.range.start.character)}-${sheet.lines.offsetAt(finding.range.end.line, finding.range.end.character)}`,
        )
        .sort((a, b) => parseInt(a) - parseInt(b));
      assert.deepEqual(spans('placeholder'), placeholderLeft);

      // Amounts: every amount with a currency the prose reader finds in a value.
      const amounts: string[] = [];
      visitScalars(sheet.root, (node) => {
        if (typeof node.value !== 'string') return;
        const start = node.range.start.offset;
        for (const money of findMoney(text.slice(start, node.range.end.offset))) amounts.push(`${start + money.start}-${start + money.end}`);
      });
      const placeholders = tokens.filter((token) => token.type === 'placeholder');
      const notBlank = (span: string) => !placeholders.some((token) => parseInt(span) < token.end && parseInt(span.split('-')[1]) > token.start);
      assert.deepEqual(
        spans('money'),
        [...new Set(amounts)].filter(notBlank).sort((a, b) => parseInt(a) - parseInt(b)),
      );

      // Directives: each one the directive parser read, by its name, then the rule ids it names.
      const written = (token: SheetToken) => text.slice(token.start, token.end);
      assert.deepEqual(
        tokens.filter((token) => token.type === 'lintDirective' || token.type === 'lintRuleId').map(written),
        sheet.directives.flatMap((directive) => [`termsheet-${directive.kind}`, ...directive.ruleIds]),
      );
    });
  }
});
