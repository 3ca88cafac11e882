import { asMap, DIMENSIONS, LEAVES_ONE_BLANK, findEntry, isBlank, isStated, proseStatement, TBD, type Rule } from '../../server/src/engine';
import { setKeys } from '../support/insert';
import { numberOption } from '../support/options';
import { isNone } from '../support/values';

const DEFAULT_MIN_DIMENSIONS = 2;

export const rule: Rule = {
  meta: {
    id: 'differentiation-missing',
    category: 'asset',
    defaultSeverity: 'warning',
    title: 'The sheet says how the asset is differentiated',
    why:
      "Buyers' keyword for a high-quality asset is differentiation, along five dimensions: new (target, mechanism), " +
      'fast (position in the race), good (better data than the benchmark), more (breadth of clinical data) and ' +
      'comprehensive (multi-ethnic data, ex-China sites, FDA feedback). An asset that argues none of them is priced as a me-too.',
    goodExample:
      'asset:\n  differentiation:\n    novelty: T-cell engager with an affinity-tuned CD3 arm\n' +
      '    speed: second CLDN18.2 bispecific to reach Phase 2\n    quality: lower CRS than the class in Phase 1\n' +
      '    volume: 140 patients dosed across Phase 1 and 2\n    global: Australian Phase 1 sites and an FDA Type B meeting',
    fixable: false,
    hasSuggestions: true,
    options: {
      min_dimensions: {
        type: 'number',
        default: DEFAULT_MIN_DIMENSIONS,
        description: 'Fewer dimensions filled in than this is reported at info level, naming the empty ones.',
      },
    },
  },
  check(context) {
    const asset = context.get('asset');
    // No asset clause at all is required-clause-missing's finding.
    if (!asset || !asMap(asset.value)) return;
    const entry = findEntry(asMap(asset.value)!, 'differentiation');
    // Differentiation argued in prose cannot be split into dimensions; it is stated, and not judged here.
    if (entry && isStated(entry.value) && !asMap(entry.value)) return;
    // So is novelty a sentence names without a clause of differentiation ("a novel mechanism"); a bare "first-in-class" does not.
    if (!entry && proseStatement(context.deal, 'asset.differentiation.novelty')?.value === 'stated') return;
    const map = entry && asMap(entry.value);
    const filled = DIMENSIONS.filter((key) => map && isStated(findEntry(map, key)?.value));
    const empty = DIMENSIONS.filter((key) => !filled.includes(key));
    // Keys written as "none" stay as written; a suggestion only adds or fills an absent or empty one, one
    // dimension each, so that it leaves one blank.
    const toAdd = empty.filter((key) => !map || !findEntry(map, key) || isBlank(findEntry(map, key)!.value));
    const suggestions = toAdd.map((key) => ({
      title: `Add ${key} to the differentiation ${LEAVES_ONE_BLANK}`,
      edits: !map ? context.edit.insertEntry('asset', 'differentiation', { [key]: TBD }) : setKeys(context, 'asset.differentiation', map, [[key, TBD]]),
    }));
    const range = entry ? (isNone(entry.value) ? entry.value.range : entry.keyRange) : asset.keyRange;

    if (filled.length === 0) {
      context.report({
        message: `The asset states none of the five dimensions of differentiation (${DIMENSIONS.join(', ')})`,
        range,
        suggestions,
      });
      return;
    }
    const wanted = Math.min(numberOption(context.options.min_dimensions, DEFAULT_MIN_DIMENSIONS), DIMENSIONS.length);
    if (filled.length >= wanted) return;
    context.report({
      message: `The asset states ${filled.length} of the five dimensions of differentiation (fewer than ${wanted}); empty: ${empty.join(', ')}`,
      range,
      severity: 'info',
      suggestions,
    });
  },
};
