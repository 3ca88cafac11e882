import { byMarketSize, isBlank, licensedTerritory, listCodes, proseStatement, scalarText, type Rule } from '../../server/src/engine';

const SUGGESTION_TITLE = 'Share data both ways (changes the data sharing to mutual)';

/** What a sentence may say that gives the licensor the licensee's data: shared both ways, or sent to the licensor. */
const LICENSOR_GETS_DATA: ReadonlySet<string> = new Set(['mutual', 'to-licensor']);

export const rule: Rule = {
  meta: {
    id: 'regional-data-sharing',
    category: 'pitfalls',
    defaultSeverity: 'info',
    title: 'In a regional licence, the licensee shares its data back with the licensor',
    why:
      'Most licences are regional, and the licensor still has the rest of the world to develop and sell. Data the ' +
      'Japanese or Korean partner generates belong in every later dossier and data room; without a right to them ' +
      'and to cross-reference its filings, the licensor pays twice for what already exists.',
    goodExample: 'license:\n  territory: [JP, KR]\n  regulatory:\n    data_sharing: mutual',
    fixable: false,
    hasSuggestions: true,
    reads: ['license.territory', 'license.regulatory.data_sharing'],
  },
  check(context) {
    const territory = licensedTerritory(context.deal);
    if (!territory?.regional) return;
    const where = listCodes(byMarketSize(territory.reading.countries), 6);
    const entry = context.get('license.regulatory.data_sharing');
    const sharing = context.deal.enum('license.regulatory.data_sharing');

    if (entry && (sharing === 'none' || sharing === 'to-licensee')) {
      context.report({
        message: `Regional licence (${where}) with data_sharing "${scalarText(entry.value)}": the licensor gets no data or cross-reference right back`,
        range: entry.value.range,
        suggestions: [{ title: SUGGESTION_TITLE, edits: context.edit.setValue(entry.value, 'mutual') }],
      });
    } else if ((!entry || isBlank(entry.value)) && !LICENSOR_GETS_DATA.has(proseStatement(context.deal, 'license.regulatory.data_sharing')?.value ?? '')) {
      context.report({
        message: `Regional licence (${where}) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated`,
        range: entry ? entry.keyRange : context.missingRange('license.regulatory.data_sharing'),
        suggestions: [{ title: SUGGESTION_TITLE, edits: context.edit.insertEntry('license.regulatory', 'data_sharing', 'mutual') }],
      });
    }
  },
};
