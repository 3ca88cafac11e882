import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { lintDocx } from '../../server/src/engine/docx';
import { RULES } from '../../rules';
import { markdownToDocx } from '../support/docx';

const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'corpus');

/**
 * A corpus sheet of each Word layout: numbered prose clauses (their numbers Word's automatic numbering),
 * a table of terms, and numbered headings over labelled lines, bullets and tables.
 */
const WORD_TWINS = [
  'hot-numbered-prose-binding-exceptions.termsheet.md',
  'sec-opt-in-territory-retained.termsheet.md',
  'tto-assembled-startup-licence.termsheet.md',
];

const findings = (list: ReadonlyArray<{ ruleId: string; message: string }>) => list.map((finding) => `${finding.ruleId}: ${finding.message}`).sort();

describe('Word twins of corpus sheets', () => {
  for (const name of WORD_TWINS) {
    test(`${name}: the .docx written from it has the Markdown's findings`, () => {
      const markdown = fs.readFileSync(path.join(CORPUS, name), 'utf8');
      const expected = findings(lintText(markdown, { rules: RULES, fileName: name }).findings);
      const actual = findings(lintDocx(markdownToDocx(markdown), { rules: RULES, fileName: name.replace(/\.md$/, '.docx') }).findings);
      assert.ok(expected.length > 0, 'the sheet has findings to compare');
      assert.deepEqual(actual, expected);
    });
  }
});
