import { byMarketSize, chinaOnlyData, describeChinaOnly, forEachScalar, licensedTerritory, listCodes, REGIONS, type Rule } from '../../server/src/engine';

const MIDDLE_EAST = new Set(REGIONS['middle-east']);
const BRIDGING = /\bbridg\w*/i;

export const rule: Rule = {
  meta: {
    id: 'middle-east-bridging',
    category: 'asset',
    defaultSeverity: 'info',
    title: 'A Middle East territory with China-only data plans a bridging study',
    why:
      'Saudi Arabia is, after Southeast Asia, the region friendliest to Chinese innovation: with clinical data from ' +
      'China only, a small bridging study is usually enough to file there, approval takes about 12–18 months, and ' +
      'Saudi Arabia can serve as the hub for the surrounding markets.',
    goodExample:
      'license:\n  territory: [gcc]\nasset:\n  data:\n    trial_countries: [CN]\n' + '    regulator_interactions: [SFDA meeting on a Saudi bridging study]',
    fixable: false,
    reads: ['license.territory', 'asset.data.trial_countries', 'asset.data.populations'],
  },
  check(context) {
    const territory = licensedTerritory(context.deal);
    const middleEast = territory?.reading.countries.filter((code) => MIDDLE_EAST.has(code)) ?? [];
    if (middleEast.length === 0) return;
    const data = chinaOnlyData(context.deal);
    if (!data || mentionsBridging(context)) return;
    context.report({
      message:
        `The territory includes the Middle East (${listCodes(byMarketSize(middleEast), 6)}) and the data are China-only ` +
        `(${describeChinaOnly(data)}): a small bridging study is usually enough there, with approval in about 12–18 months`,
      range: territory!.entry.value.range,
    });
  },
};

/** True when the data or regulatory terms already speak of a bridging study. */
function mentionsBridging(context: Parameters<Rule['check']>[0]): boolean {
  let found = false;
  for (const path of ['asset.data', 'license.regulatory']) {
    const node = context.node(path);
    if (node) forEachScalar(node, (scalar) => (found ||= typeof scalar.value === 'string' && BRIDGING.test(scalar.value)));
  }
  return found;
}
