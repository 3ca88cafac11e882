import assert from 'node:assert/strict';
import { dealOf, financialAmounts, lintText, patentFamilies, readParties, schemaField, type ModelNode } from '../../server/src/engine';

/**
 * What the deal states, as the rules read it: every typed scalar read as its kind (amounts, rates, enums,
 * countries, dates, flags) by model path, the licensed territory, the parties, the amounts under financials and the
 * patent families. Nodes and ranges are left out: an edit elsewhere moves them without changing the deal.
 */
export function dealReadings(text: string, fileName: string): Map<string, string> {
  const sheet = lintText(text, { rules: [], fileName }).sheet;
  assert.ok(sheet, `${fileName} is read`);
  const deal = dealOf(sheet);
  const readings = new Map<string, string>();
  const visit = (node: ModelNode, at: string) => {
    if (node.kind === 'map') for (const entry of node.entries) visit(entry.value, at === '' ? entry.key : `${at}.${entry.key}`);
    else if (node.kind === 'list') node.items.forEach((item, index) => visit(item, `${at}[${index}]`));
    else {
      // Free text is left out: a misspelt key's fix makes its text read at the key it meant, which is what it said.
      const kind = schemaField(at)?.kind;
      const reading = kind === 'text' || kind === 'text-list' ? undefined : deal.reading(at);
      if (reading?.state === 'read') readings.set(at, JSON.stringify(reading.value));
    }
  };
  visit(sheet.root, '');
  readings.set('territory', JSON.stringify(deal.territory('license.territory')?.countries ?? null));
  const parties = readParties(deal);
  for (const role of ['licensor', 'licensee'] as const) {
    // Its country and legal form as read; its words are text, as free as any other.
    const { country, legalForm, open } = parties[role];
    readings.set(`party ${role}`, JSON.stringify({ country, legalForm, open }));
  }
  for (const { path: at, money } of financialAmounts(deal)) readings.set(`amount ${at}`, JSON.stringify(money));
  patentFamilies(deal).forEach((family, index) => readings.set(`patent family ${index}`, JSON.stringify([family.name, [...family.countries]])));
  return readings;
}

/** The column of a YAML line's trailing comment (` # …` after a value), if it has one. */
export function trailingCommentColumn(line: string): number | undefined {
  const match = /^(\s*[^#\s][^#]*?\s)#/.exec(line);
  return match ? match[1].length : undefined;
}
