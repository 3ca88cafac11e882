import { asMap, findEntry, LEAVES_ONE_BLANK, readParties, TBD, type PartyRole, type Rule, type RuleContext } from '../../server/src/engine';
import { setKeys } from '../support/insert';

const ENTITIES = [
  { key: 'signing_entity', what: 'signs' },
  { key: 'payee_entity', what: 'receives payments' },
] as const;

export const rule: Rule = {
  meta: {
    id: 'payee-entity-missing',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'A cross-border deal says which licensor entity signs and which is paid',
    why:
      'Which entity signs with the overseas party and which one receives the upfront and milestones decides how ' +
      'much tax is withheld and paid on every payment, and shapes a later HK or A-share listing. A tax advisor ' +
      'should settle both before the term sheet goes out, not after the money arrives.',
    goodExample:
      "parties:\n  licensor:\n    name: Ze'an Biotech (Shanghai) Co., Ltd.\n    country: CN\n" +
      "    signing_entity: Ze'an Biotech (HK) Ltd.\n    payee_entity: Ze'an Biotech (HK) Ltd.",
    fixable: false,
    hasSuggestions: true,
    reads: ['parties.licensor.country', 'parties.licensee.country'],
  },
  check(context) {
    const parties = readParties(context.deal);
    const { licensor, licensee } = parties;
    if (!licensor.country || !licensee.country) {
      // Said once and quietly: whether the deal is cross-border cannot be told, so neither can whether this matters.
      const unknown = licensor.country ? licensee : licensor;
      // A party still to be filled in is placeholder-left's.
      if (parties.stated && !unknown.open && !(licensor.signingStated && licensor.payeeStated))
        reportUnknownCountry(context, unknown === licensor ? 'licensor' : 'licensee');
      return;
    }
    if (licensor.country === licensee.country) return;
    const missing = ENTITIES.filter(({ key }) => !(key === 'signing_entity' ? licensor.signingStated : licensor.payeeStated));
    if (missing.length === 0) return;
    const licensorMap = asMap(context.node('parties.licensor'));
    // One suggestion a key, each leaving one blank; a finding offers those of its own keys. A licensor named
    // only in a sentence has no clause to add them to.
    const suggestionsFor = (keys: ReadonlyArray<{ key: string }>) =>
      licensorMap
        ? keys.map(({ key }) => ({
            title: `Add the licensor's ${key.replace(/_/g, ' ')}, to be set with the tax advisor ${LEAVES_ONE_BLANK}`,
            edits: setKeys(context, 'parties.licensor', licensorMap, [[key, TBD]]),
          }))
        : undefined;
    // Keys that are absent share the licensor key, so they make one finding; an empty key is its own.
    const absent = missing.filter(({ key }) => !licensorMap || !findEntry(licensorMap, key));
    const groups = [...(absent.length > 0 ? [absent] : []), ...missing.filter((item) => !absent.includes(item)).map((item) => [item])];
    for (const group of groups) {
      const entry = licensorMap && findEntry(licensorMap, group[0].key);
      context.report({
        message:
          `Cross-border deal (${licensor.country} licensor, ${licensee.country} licensee) does not say which licensor entity ` +
          `${group.map(({ what }) => what).join(' and which ')} (${group.map(({ key }) => `parties.licensor.${key}`).join(', ')})`,
        range: entry ? entry.keyRange : context.missingRange(`parties.licensor.${group[0].key}`),
        suggestions: suggestionsFor(group),
      });
    }
  },
};

function reportUnknownCountry(context: RuleContext, role: PartyRole): void {
  const path = `parties.${role}.country`;
  const entry = context.get(path);
  context.report({
    message: `Whether the deal is cross-border, and so whether the licensor's signing and paid entities matter, is not known: the ${role}'s country is not stated (${path})`,
    range: entry ? entry.keyRange : context.missingRange(path),
    severity: 'info',
  });
}
