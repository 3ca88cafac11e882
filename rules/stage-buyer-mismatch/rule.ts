import { countryName, normalizeWord, readCountry, REGIONS, scalarText, type Rule } from '../../server/src/engine';

/** Stages before Phase 2 proof of concept, in catalog spelling and the usual variants. */
const EARLY_STAGES = new Set([
  'discovery',
  'lead-optimization',
  'lead-optimisation',
  'lead-opt',
  'pcc',
  'preclinical',
  'pre-clinical',
  'ind-enabling',
  'ind',
  'phase-0',
  'phase-1',
  'phase-1a',
  'phase-1b',
  'phase-i',
  'phase-ia',
  'phase-ib',
]);

/** Buyers that mostly wait for Phase 2 proof of concept: Europe, Japan and Korea. */
const POC_BUYERS = new Set([...REGIONS['europe'], 'JP', 'KR']);

export const rule: Rule = {
  meta: {
    id: 'stage-buyer-mismatch',
    category: 'asset',
    defaultSeverity: 'info',
    title: 'An asset before Phase 2 proof of concept is offered to buyers who take early assets',
    why:
      'European, Japanese and Korean companies mostly in-license after Phase 2 proof of concept, once the risk is ' +
      'retired; US companies, with their incubators, take preclinical assets. Early-stage assets were 55% of what US ' +
      'companies licensed in from China, and US counterparties were 47% of 149 deals in 2018–2023.',
    goodExample: 'asset:\n  stage: phase-1\nparties:\n  licensee:\n    country: US\n    type: biotech',
    fixable: false,
  },
  check(context) {
    const stageNode = context.node('asset.stage');
    const stage = normalizeWord(stageNode)?.replace(/^phase(?=\d|i)/, 'phase-');
    if (!stageNode || !stage || !EARLY_STAGES.has(stage)) return;
    const countryNode = context.node('parties.licensee.country');
    const country = readCountry(scalarText(countryNode));
    if (!country || !POC_BUYERS.has(country)) return;
    context.report({
      message: `Asset at stage "${scalarText(stageNode)}", before Phase 2 proof of concept, offered to a licensee in ${countryName(country)} (${country}): European, Japanese and Korean buyers mostly in-license after PoC`,
      range: stageNode.range,
      related: [{ range: countryNode!.range, message: `Licensee country: ${scalarText(countryNode)}` }],
    });
  },
};
