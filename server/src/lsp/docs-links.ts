import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { remoteRuleDocUrl } from '../engine/docs';

// Where rule pages live when the server runs without the repository's `rules/` folder beside it.
export { RULE_DOCS_BASE_URL, remoteRuleDocUrl } from '../engine/docs';

/** Enough to reach the package root from `out/server/src/lsp/` (4 levels) or `dist/` (1). */
const MAX_LEVELS_UP = 5;

const RULE_ID = /^[a-z0-9][a-z0-9-]*$/i;

/** The local `rules/<id>/README.md` found by walking up from `startDir`, if any. */
export function findLocalRuleDoc(ruleId: string, startDir: string): string | undefined {
  if (!RULE_ID.test(ruleId)) return undefined;
  let dir = startDir;
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    const candidate = join(dir, 'rules', ruleId, 'README.md');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

// Pages do not appear or vanish while an editor session runs, and diagnostics ask for the same few ids over and over.
const hrefs = new Map<string, string>();

/** The link for a rule's documentation page: the local file when installed beside the server, else the published page. */
export function ruleDocHref(ruleId: string): string {
  let href = hrefs.get(ruleId);
  if (href === undefined) {
    const local = findLocalRuleDoc(ruleId, __dirname);
    href = local ? pathToFileURL(local).href : remoteRuleDocUrl(ruleId);
    hrefs.set(ruleId, href);
  }
  return href;
}
