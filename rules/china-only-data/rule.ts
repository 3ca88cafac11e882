import type { RelatedLocation, Rule } from '../../server/src/engine';
import {
  byMarketSize,
  chinaOnlyData,
  chinaOnlyNode,
  describeChinaOnly,
  GREATER_CHINA,
  hasRegulatorOutsideChina,
  licensedTerritory,
  licenseeType,
  listCodes,
} from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'china-only-data',
    category: 'asset',
    defaultSeverity: 'warning',
    title: 'Data offered outside China are not China-only',
    why:
      'MNCs start from distrust of data generated only in China, and ask for detailed explanation of why it works. ' +
      'A data set with Caucasian patients, sites in Australia or the US, or FDA feedback on the asset lets a buyer ' +
      'retire that risk quickly; without any of them the deal waits for more data.',
    goodExample:
      'asset:\n  data:\n    populations: [asian, caucasian]\n    trial_countries: [CN, AU]\n' + '    regulator_interactions: [FDA pre-IND meeting 2026-03]',
    fixable: false,
    reads: ['license.territory', 'parties.licensee.type', 'asset.data.trial_countries', 'asset.data.populations'],
  },
  check(context) {
    const data = chinaOnlyData(context.deal);
    if (!data || hasRegulatorOutsideChina(context.deal)) return;
    const territory = licensedTerritory(context.deal);
    const outside = territory?.reading.countries.filter((code) => !GREATER_CHINA.has(code)) ?? [];
    const mnc = licenseeType(context.deal) === 'mnc';
    if (!mnc && outside.length === 0) return;

    const buyer = mnc ? 'an MNC licensee' : `a licence outside China (${listCodes(byMarketSize(outside), 6)})`;
    const related: RelatedLocation[] = [];
    if (mnc) related.push({ range: context.node('parties.licensee.type')!.range, message: 'The licensee is an MNC' });
    if (outside.length > 0) related.push({ range: territory!.entry.value.range, message: 'The licensed territory' });
    context.report({
      message: `China-only data (${describeChinaOnly(data)}) and no regulator outside China consulted, for ${buyer}`,
      range: chinaOnlyNode(data).range,
      related,
    });
  },
};
