import { byMarketSize, licensedTerritory, listCodes, scalarText, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'sublicensing-unchecked',
    category: 'structure',
    defaultSeverity: 'warning',
    title: "In a regional licence, sublicensing needs the licensor's consent",
    why:
      'A regional licensee that may sublicense freely can hand the asset to a party the licensor never vetted, ' +
      'whose local trials and filings then shape the asset everywhere else. Consent keeps the licensor in control ' +
      'of who develops its product, the same control the regional-registration pitfall is about.',
    goodExample: 'license:\n  territory: [JP, KR]\n  sublicensing: with-consent',
    fixable: false,
    hasSuggestions: true,
    reads: ['license.territory', 'license.sublicensing'],
  },
  check(context) {
    const territory = licensedTerritory(context.deal);
    if (!territory?.regional) return;
    const node = context.node('license.sublicensing');
    if (!node || context.deal.enum('license.sublicensing') !== 'free') return;
    context.report({
      message: `Regional licence (${listCodes(byMarketSize(territory.reading.countries), 6)}) lets the licensee sublicense without the licensor's consent (sublicensing: ${scalarText(node)})`,
      range: node.range,
      suggestions: [
        {
          title: "Require the licensor's consent to sublicense (changes sublicensing to with-consent)",
          edits: context.edit.setValue(node, 'with-consent', "The Licensee may sublicense only with the Licensor's prior written consent"),
        },
      ],
    });
  },
};
