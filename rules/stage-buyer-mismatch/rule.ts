import { countryName, enumValues, readParties, REGIONS, scalarText, type Rule } from '../../server/src/engine';

/** The schema's stages before Phase 2 proof of concept (its stages are in order of development). */
const STAGES = enumValues('asset.stage');
const EARLY_STAGES = new Set(STAGES.slice(0, STAGES.indexOf('phase-2')));

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
    reads: ['asset.stage', 'parties.licensee.country'],
  },
  check(context) {
    const stageNode = context.node('asset.stage');
    const stage = context.deal.enum('asset.stage');
    if (!stageNode || !stage || !EARLY_STAGES.has(stage)) return;
    // The licensee's country as the sheet states it: its clause, or its address, a province or city, a legal form.
    const country = readParties(context.deal).licensee.country;
    if (!country || !POC_BUYERS.has(country)) return;
    const countryNode = context.node('parties.licensee.country');
    context.report({
      message: `Asset at stage "${scalarText(stageNode)}", before Phase 2 proof of concept, offered to a licensee in ${countryName(country)} (${country}): European, Japanese and Korean buyers mostly in-license after PoC`,
      range: stageNode.range,
      ...(countryNode && { related: [{ range: countryNode.range, message: `Licensee country: ${scalarText(countryNode)}` }] }),
    });
  },
};
