import { byMarketSize, isBlank, licensedTerritory, listCodes, proseStatement, type Rule } from '../../server/src/engine';

const SUGGESTION_TITLE = 'Require licensor consent to the local clinical plan (changes who decides the local trials)';
/** The same terms as prose says them, where the sheet decides the local trials in a sentence of its own. */
const LICENSOR_CONSENT_SENTENCE = "Local clinical trial designs require the Licensor's prior written consent";

export const rule: Rule = {
  meta: {
    id: 'regional-registration-control',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'In a regional licence, the licensor keeps a say over local trials and registration',
    why:
      'Most deals are regional: Japan to a Japanese company, Korea to a Korean one. If that partner runs a poorly ' +
      'designed local trial, the data and the label follow the asset everywhere and weaken the global plan. Licensor ' +
      'consent or a joint steering committee review of local trial design prevents it.',
    goodExample:
      'license:\n  territory: [JP, KR]\n  regulatory:\n    registration_holder: licensee\n    clinical_plan_approval: jsc\n  governance:\n    jsc: true',
    fixable: false,
    hasSuggestions: true,
    reads: ['license.territory', 'license.regulatory.clinical_plan_approval', 'license.governance.jsc'],
  },
  check(context) {
    const territory = licensedTerritory(context.deal);
    if (!territory?.regional) return;
    if (context.deal.flag('license.governance.jsc')) return;
    const approval = context.get('license.regulatory.clinical_plan_approval');
    const reading = context.deal.reading('license.regulatory.clinical_plan_approval');
    const level = reading?.state === 'read' ? reading.value : undefined;
    // A value still to be filled in, or one that cannot be read, is reported by the rules for those.
    if (approval && !isBlank(approval.value) && level !== 'licensee-alone') return;
    // A sentence elsewhere ("Local clinical development plans require approval by a Joint Steering Committee") gives the licensor its say.
    const said = approval && !isBlank(approval.value) ? undefined : proseStatement(context.deal, 'license.regulatory.clinical_plan_approval');
    if (said && said.value !== 'licensee-alone') return;
    // A sentence that leaves the trials to the licensee ("designs and runs all trials on its own") is where the finding belongs.
    const saidAlone = said && !approval ? said.node : undefined;

    const where = listCodes(byMarketSize(territory.reading.countries), 6);
    const message = `Regional licence (${where}) leaves local trials and registrations to the licensee alone: no licensor consent or JSC review`;
    if (approval && level === 'licensee-alone') {
      context.report({
        message,
        range: approval.value.range,
        suggestions: [{ title: SUGGESTION_TITLE, edits: context.edit.setValue(approval.value, 'licensor-consent', LICENSOR_CONSENT_SENTENCE) }],
      });
      return;
    }
    const regulatory = context.get('license.regulatory');
    context.report({
      message,
      range: saidAlone?.range ?? (approval ?? regulatory ?? context.get('license') ?? territory.entry).keyRange,
      suggestions: [{ title: SUGGESTION_TITLE, edits: context.edit.insertEntry('license.regulatory', 'clinical_plan_approval', 'licensor-consent') }],
    });
  },
};
