import { INTERACTIONS, NOT_YET, REGULATORS, type InteractionEntry, type Regulator } from '../lexicon/regulators';
import { NEGATION } from '../lexicon/statements';
import type { ScalarNode } from '../model';
import type { Deal } from './deal';
import { textValues } from './prose-statements';
import { sentencesOf } from './sentences';

/** A regulator's interaction with the asset, as a sentence of the sheet states it. */
export interface RegulatorInteraction {
  regulator: Regulator;
  /** The kind of interaction (`rarity-designation`, `meeting`, ... in lexicon/regulators). */
  kind: string;
  /** False when the regulator reviewed no efficacy data (an orphan designation). */
  reviewsData: boolean;
  node: ScalarNode;
  sentence: string;
}

const KINDS = INTERACTIONS.map((entry) => ({ entry, pattern: new RegExp(entry.pattern, 'i') }));
const REGULATOR_NAMES = REGULATORS.map((regulator) => ({ regulator, name: new RegExp(String.raw`(?<![\w-])(?:${regulator.pattern})(?![\w-])`) }));
const APPROVING_COUNTRY = REGULATORS.map((regulator) => ({ regulator, name: new RegExp(String.raw`^\s*(?:${regulator.countryNames})(?![\w-])`) }));
const PENDING = new RegExp(NOT_YET, 'i');
const NEGATED = new RegExp(NEGATION, 'i');
/** A designation stated as had: "was granted", "received", "holds". */
const HAD = /\b(?:granted|received|obtained|awarded|holds|has|have|was given)\b/i;

/**
 * The regulators a sentence says have seen the asset, with the kind of interaction: none for a sentence that
 * names no regulator, speaks of one still to come ("USD 10 million upon Breakthrough Therapy designation") or
 * denies it ("has not yet met with the FDA").
 */
export function readInteractions(sentence: string): Array<{ regulator: Regulator; entry: InteractionEntry }> {
  if (PENDING.test(sentence)) return [];
  for (const { entry, pattern } of KINDS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    if (entry.name.endsWith('designation') && !HAD.test(sentence)) continue;
    if (NEGATED.test(sentence.slice(0, match.index + match[0].length))) return [];
    const after = sentence.slice(match.index + match[0].length);
    const named = REGULATOR_NAMES.filter(({ name }) => name.test(sentence));
    // "approved in China": the country stands for its regulator.
    const approving = entry.name === 'approval' ? APPROVING_COUNTRY.filter(({ name }) => name.test(after)) : [];
    const regulators = [...named, ...approving].map(({ regulator }) => regulator);
    if (regulators.length > 0) return [...new Set(regulators)].map((regulator) => ({ regulator, entry }));
  }
  return [];
}

/** Every regulator interaction the sheet's sentences state, in document order: `asset.data.regulator_interactions` in prose. */
export function regulatorInteractionsInProse(deal: Deal): readonly RegulatorInteraction[] {
  return deal.remember('prose-regulator-interactions', () =>
    textValues(deal).flatMap((node) =>
      sentencesOf(String(node.value)).flatMap((sentence) =>
        readInteractions(sentence).map(({ regulator, entry }) => ({ regulator, kind: entry.name, reviewsData: entry.reviewsData, node, sentence })),
      ),
    ),
  );
}

/** True when a clause item ("FDA orphan drug designation, 2024") is only a designation that reviewed no data. */
export function reviewsNoData(text: string): boolean {
  const kinds = KINDS.filter(({ pattern }) => pattern.test(text));
  return kinds.length > 0 && kinds.every(({ entry }) => !entry.reviewsData);
}
