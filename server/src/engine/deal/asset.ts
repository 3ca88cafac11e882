import { enumValues } from '../schema';
import { itemsOf, scalarText, type ModelNode } from '../model';
import type { Deal } from './deal';
import { isPlaceholder, isStated, itemTexts, normalizeWord } from './stated';

/** first-in-class, best-in-class, me-better, me-too: the schema's values of `asset.classification`. */
export const CLASSIFICATIONS = enumValues('asset.classification');
export type Classification = string;

/** Each classification with the pattern of a claim that names it among other words, compiled once. */
const CLASSIFICATION_CLAIMS = CLASSIFICATIONS.map((value) => ({ value, claim: new RegExp(`(^|[^a-z])${value}($|[^a-z])`) }));

/**
 * The asset's classification in catalog spelling, or undefined when it is missing or not one of the four.
 * A qualified claim ("potential best-in-class") reads as the one class it names.
 */
export function readClassification(deal: Deal): Classification | undefined {
  const word = deal.enum('asset.classification');
  if (word === undefined) return undefined;
  // "first-in-class or best-in-class" claims two: it is none of them until the sheet chooses.
  const written = normalizeWord(deal.node('asset.classification')) ?? '';
  const named = CLASSIFICATION_CLAIMS.filter(({ value, claim }) => value === written || claim.test(written));
  return named.length > 1 ? undefined : word;
}

/** The licensee's type in catalog spelling (`mnc`, `mid-size-pharma`, ...). */
export function licenseeType(deal: Deal): string | undefined {
  return deal.enum('parties.licensee.type');
}

/** Mainland China, Hong Kong, Macau and Taiwan: data from any of them is "Chinese data" to a buyer. */
export const GREATER_CHINA = new Set(['CN', 'HK', 'MO', 'TW']);

const ASIAN_POPULATION = /\b(asian|chinese|han|east[- ]asian)\b/i;
const NOT_ASIAN = /\bnon[- ]?asian\b/i;
/** A regulator interaction that names only Chinese authorities. */
const CHINESE_REGULATOR = /\b(nmpa|cde|cfda|china|chinese)\b/i;

export interface ChinaOnlyData {
  /** The stated trial countries, when all are in Greater China. */
  trialCountries?: { node: ModelNode; codes: string[] };
  /** The stated populations, when all are Asian. */
  populations?: { node: ModelNode; texts: string[] };
}

/**
 * The data package, when what it states about where the data come from is China only: every trial
 * country in Greater China and every population Asian (at least one of the two stated, neither
 * contradicting). Undefined when the sheet states nothing, or anything from outside China.
 */
export function chinaOnlyData(deal: Deal): ChinaOnlyData | undefined {
  const result: ChinaOnlyData = {};
  const countriesNode = deal.node('asset.data.trial_countries');
  if (isStated(countriesNode) && itemTexts(countriesNode).length > 0) {
    const reading = deal.territory('asset.data.trial_countries')!;
    const allChina = reading.unknown.length === 0 && reading.countries.length > 0 && reading.countries.every((code) => GREATER_CHINA.has(code));
    if (!allChina) return undefined;
    result.trialCountries = { node: countriesNode, codes: reading.countries };
  }
  const populationsNode = deal.node('asset.data.populations');
  const populations = itemTexts(populationsNode);
  if (isStated(populationsNode) && populations.length > 0) {
    if (!populations.every((text) => ASIAN_POPULATION.test(text) && !NOT_ASIAN.test(text))) return undefined;
    result.populations = { node: populationsNode, texts: populations };
  }
  return result.trialCountries || result.populations ? result : undefined;
}

/** True when a regulator outside China has seen the asset (an FDA, EMA, PMDA ... interaction). */
export function hasRegulatorOutsideChina(deal: Deal): boolean {
  const node = deal.node('asset.data.regulator_interactions');
  if (!isStated(node)) return false;
  return itemsOf(node).some((item) => {
    const text = scalarText(item);
    return text !== undefined && isStated(item) && !isPlaceholder(item) && !CHINESE_REGULATOR.test(text);
  });
}

/** "trial countries CN; populations asian": what a China-only finding quotes. */
export function describeChinaOnly(data: ChinaOnlyData): string {
  const parts: string[] = [];
  if (data.trialCountries) parts.push(`trial countries ${data.trialCountries.codes.join(', ')}`);
  if (data.populations) parts.push(`populations ${data.populations.texts.join(', ')}`);
  return parts.join('; ');
}

/** Where a China-only finding points: the trial countries, else the populations. */
export function chinaOnlyNode(data: ChinaOnlyData): ModelNode {
  return (data.trialCountries ?? data.populations)!.node;
}

/** The five dimensions of a differentiated asset (new, fast, good, more, comprehensive), as `asset.differentiation` keys them. */
export const DIMENSIONS = ['novelty', 'speed', 'quality', 'volume', 'global'] as const;
