import { asMap, findEntry, isBlank, TBD, type Rule } from '../../server/src/engine';
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
    fixable: true,
    reads: ['parties.licensor.country', 'parties.licensee.country'],
  },
  check(context) {
    const licensorCountry = context.deal.country('parties.licensor.country');
    const licenseeCountry = context.deal.country('parties.licensee.country');
    if (!licensorCountry || !licenseeCountry || licensorCountry === licenseeCountry) return;
    const licensor = asMap(context.node('parties.licensor'));
    if (!licensor) return;
    const missing = ENTITIES.filter(({ key }) => {
      const entry = findEntry(licensor, key);
      return !entry || isBlank(entry.value);
    });
    // One fix adds both keys, so applying it from either finding settles both.
    const fix = {
      title: `Add ${missing.map(({ key }) => key).join(' and ')} (to be set with the tax advisor)`,
      edits: setKeys(
        context,
        'parties.licensor',
        licensor,
        missing.map(({ key }) => [key, TBD] as const),
      ),
    };
    // Keys that are absent share the licensor key, so they make one finding; an empty key is its own.
    const absent = missing.filter(({ key }) => !findEntry(licensor, key));
    const groups = [...(absent.length > 0 ? [absent] : []), ...missing.filter((item) => !absent.includes(item)).map((item) => [item])];
    for (const group of groups) {
      const entry = findEntry(licensor, group[0].key);
      context.report({
        message:
          `Cross-border deal (${licensorCountry} licensor, ${licenseeCountry} licensee) does not say which licensor entity ` +
          `${group.map(({ what }) => what).join(' and which ')} (${group.map(({ key }) => `parties.licensor.${key}`).join(', ')})`,
        range: entry ? entry.keyRange : context.missingRange(`parties.licensor.${group[0].key}`),
        fix,
      });
    }
  },
};
