/**
 * The expectations a corpus sheet carries in its own comments (grammar in test/corpus/README.md):
 *
 *   <!-- expect: rule-a, rule-b -->            on the line the findings belong to (Markdown)
 *   value   # expect: rule-a                   the same in YAML and in front matter
 *   <!-- expect-sheet: rule-a, rule-b(path) --> findings of the whole sheet, on any line
 *   <!-- expect-silent: rule-a | all-others --> rules that must not fire
 */

export interface Expectation {
  ruleId: string;
  /** 0-based line the finding must start on; absent for a whole-sheet expectation. */
  line?: number;
  /** For a whole-sheet expectation: the model path the finding is about (`governing_law`, `license.field`). */
  path?: string;
  /** 0-based line of the comment that states it, for messages. */
  statedOn: number;
}

export interface SheetExpectations {
  onLines: Expectation[];
  onSheet: Expectation[];
  /** Rules that must stay silent, or every rule not expected. */
  silent: ReadonlySet<string> | 'all-others';
  /** What could not be read in the expectation comments: an unknown rule id, a misspelt keyword. */
  problems: string[];
}

export const ALL_OTHERS = 'all-others';

/** `<!-- expect…: … -->` anywhere on a line, or a `# expect…: …` comment (YAML and front matter). */
const EXPECTATION_COMMENT = /(?:<!--[ \t]*(expect[\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*-->|(?:^|[ \t])#[ \t]*(expect[\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$)/g;
/** The text with every expectation comment blanked out (same length, so lines and columns stay). */
export function withoutExpectations(text: string): string {
  return text.replace(EXPECTATION_COMMENT_ANYWHERE, (comment) => ' '.repeat(comment.length));
}

const EXPECTATION_COMMENT_ANYWHERE = new RegExp(EXPECTATION_COMMENT.source, 'gm');
const ITEM = /^([a-z0-9-]+)(?:\(([\w.[\]]+)\))?$/;

export function readExpectations(text: string, knownRuleIds: ReadonlySet<string>): SheetExpectations {
  const onLines: Expectation[] = [];
  const onSheet: Expectation[] = [];
  const silent = new Set<string>();
  let allOthers = false;
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((lineText, line) => {
    for (const match of lineText.matchAll(EXPECTATION_COMMENT)) {
      const keyword = match[1] ?? match[3];
      const items = (match[2] ?? match[4])
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      const where = `line ${line + 1}`;
      if (items.length === 0) problems.push(`${where}: "${keyword}" names no rule`);
      for (const item of items) {
        const parsed = ITEM.exec(item);
        if (!parsed) {
          problems.push(`${where}: "${item}" is not a rule id (or rule-id(path))`);
          continue;
        }
        const [, ruleId, path] = parsed;
        if (keyword === 'expect-silent' && ruleId === ALL_OTHERS && path === undefined) {
          allOthers = true;
          continue;
        }
        if (!knownRuleIds.has(ruleId)) {
          problems.push(`${where}: unknown rule "${ruleId}"`);
          continue;
        }
        if (path !== undefined && keyword !== 'expect-sheet') {
          problems.push(`${where}: a path ("${item}") only qualifies expect-sheet`);
          continue;
        }
        if (keyword === 'expect') onLines.push({ ruleId, line, statedOn: line });
        else if (keyword === 'expect-sheet') onSheet.push({ ruleId, path, statedOn: line });
        else if (keyword === 'expect-silent') silent.add(ruleId);
        else problems.push(`${where}: unknown keyword "${keyword}" (expect, expect-sheet or expect-silent)`);
      }
    }
  });
  for (const { ruleId, statedOn } of [...onLines, ...onSheet]) {
    if (silent.has(ruleId)) problems.push(`line ${statedOn + 1}: "${ruleId}" is both expected and listed as silent`);
  }
  return { onLines, onSheet, silent: allOthers ? ALL_OTHERS : silent, problems };
}
