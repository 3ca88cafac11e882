import { findVocabulary } from '../markdown/vocabulary';
import { enumValues } from '../schema';
import { itemsOf, scalarText, type ModelNode } from '../model';
import type { Deal } from './deal';
import { isPlaceholder, isStated, itemTexts, normalizeWord } from './stated';
import { trialCountriesInProse } from './prose-statements';
import { regulatorInteractionsInProse, reviewsNoData } from './regulator-interactions';

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
  } else {
    // No clause lists them: a sentence may ("Phase I and II clinical trials in China").
    const inProse = trialCountriesInProse(deal);
    if (inProse && !inProse.codes.every((code) => GREATER_CHINA.has(code))) return undefined;
    if (inProse) result.trialCountries = inProse;
  }
  const populationsNode = deal.node('asset.data.populations');
  const populations = itemTexts(populationsNode);
  if (isStated(populationsNode) && populations.length > 0) {
    if (!populations.every((text) => ASIAN_POPULATION.test(text) && !NOT_ASIAN.test(text))) return undefined;
    result.populations = { node: populationsNode, texts: populations };
  }
  return result.trialCountries || result.populations ? result : undefined;
}

/**
 * True when a regulator outside China has weighed the asset's data (an FDA, EMA, PMDA ... interaction), in the
 * clause or, without one, in a sentence ("the FDA granted Breakthrough Therapy designation"). An orphan
 * designation alone does not count: it is granted on the disease's rarity, and reviews no efficacy data.
 */
export function hasRegulatorOutsideChina(deal: Deal): boolean {
  const node = deal.node('asset.data.regulator_interactions');
  if (!isStated(node)) return regulatorInteractionsInProse(deal).some((found) => found.reviewsData && !GREATER_CHINA.has(found.regulator.country));
  return itemsOf(node).some((item) => {
    const text = scalarText(item);
    return text !== undefined && isStated(item) && !isPlaceholder(item) && !CHINESE_REGULATOR.test(text) && !reviewsNoData(text);
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

/** A benchmark named in the words of the claim or of the benchmark clause, with the evidence named beside it. */
export interface BenchmarkInWords {
  product: string;
  /** The evidence words named with it (`head-to-head-clinical`, ...). */
  evidence: string[];
}

/** "against topotecan", "than oral semaglutide", "benchmark tezepelumab", "versus pembrolizumab". */
const COMPARED =
  /\b(?:against|than|versus|vs\.?|compared\s+(?:with|to)|benchmark(?:ed)?(?:\s+against)?)\s+((?:the\s+)?[\p{L}\d][\p{L}\d-]*(?:\s+(?!(?:on|in|with|and|at|for|based|by|from|as|which|where)\b)[\p{L}\d][\p{L}\d-]*){0,2})/iu;

/**
 * A benchmark a sheet names in prose rather than as `asset.benchmark.product`: in the benchmark clause's own
 * words ("Benchmark: deucravacitinib, head-to-head clinical") or right after the claim ("best-in-class against
 * sacituzumab govitecan, on head-to-head animal data"). Undefined when neither names a product.
 */
export function benchmarkInWords(deal: Deal): BenchmarkInWords | undefined {
  const summary = scalarText(deal.node('asset.benchmark.summary')) ?? scalarText(deal.node('asset.benchmark'));
  if (summary) {
    const first = summary.split(/[,;(]/)[0].trim();
    const evidence = findVocabulary('evidence', summary).map((match) => match.value);
    if (first !== '' && findVocabulary('evidence', first).length === 0) return { product: first, evidence };
  }
  const claim = deal.node('asset.classification');
  if (!claim) return undefined;
  // YAML holds the whole claim in the value ("best-in-class against topotecan"); Markdown the claim's words, the rest after it.
  const after = `${scalarText(claim) ?? ''} ${deal.sentenceAfter(claim)}`;
  const product = COMPARED.exec(after)?.[1];
  return product ? { product, evidence: findVocabulary('evidence', after).map((match) => match.value) } : undefined;
}
