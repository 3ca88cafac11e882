import {
  asMap,
  findEntry,
  isBlank,
  isPlaceholder,
  isRedacted,
  isRedactedText,
  isStated,
  nonCompeteDeclined,
  scalarText,
  type Entry,
  type Rule,
} from '../../server/src/engine';
import { isNone } from '../support/values';

/**
 * Words that say nothing about what may not be done: "any competing products", "similar activities in the
 * field". A scope with any other word names a target, indication, modality or product.
 */
const GENERIC = new Set(
  (
    'a an the any all each every other such same similar like its their his her our your this that these those ' +
    'of in on for to and or with within by from into as at be is are which who whatever anything something ' +
    'no not nor will shall may must would should can could undertake undertakes agree agrees ' +
    'licensee licensor party parties affiliate affiliates sublicensee sublicensees third ' +
    'compete competes competing competition competitive competitor competitors rival rivals ' +
    'product products compound compounds drug drugs therapy therapies therapeutic therapeutics medicine medicines ' +
    'asset assets candidate candidates program programs programme programmes molecule molecules ' +
    'activity activities business businesses work research develop developing development commercialise ' +
    'commercialize commercialising commercializing commercialisation commercialization market marketing sell selling ' +
    'license licence licensing in-license in-licence acquire acquiring ' +
    'licensed field territory area areas indication indications target targets modality modalities ' +
    'related directly indirectly otherwise reasonably substantially potentially'
  ).split(' '),
);

/** A period in prose: "5 years", "six (6) months", "the term of the agreement", "until first approval". */
const DURATION_PROSE =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty[- ]four|thirty[- ]six)\s*(\(\d+\)\s*)?(years?|months?|weeks?|days?)\b|\bterm\b|\buntil\b|\bexpir\w*|\bperpetu\w*|\bduring\b/i;

/** Every period in a text, for removing them (built once: a RegExp compiles on construction). */
const DURATION_PROSE_ALL = new RegExp(DURATION_PROSE.source, 'gi');

/** Keys of a structured non-compete that can carry its scope. */
const SCOPE_KEYS = ['scope', 'target', 'targets', 'indication', 'indications', 'modality', 'modalities', 'product', 'products'];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+/.-]+/u)
    .map((word) => word.replace(/^[.\-/]+|[.\-/]+$/g, ''))
    .filter(Boolean);
}

/** True when the text names something specific: any word left after the generic ones (and any period) are removed. */
function namesSomething(text: string): boolean {
  const withoutPeriod = text.replace(DURATION_PROSE_ALL, ' ');
  return words(withoutPeriod).some((word) => !GENERIC.has(word));
}

export const rule: Rule = {
  meta: {
    id: 'non-compete-vague',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'A non-compete names what it covers and for how long',
    why:
      'A non-compete is only as good as its boundaries. "No competing products" leaves the licensee to decide what ' +
      'competes; the clause has to name the target, indication, modality or product and say for how long, ' +
      'negotiated before closing, so the product keeps its priority.',
    goodExample:
      'non_compete:\n  scope: TROP2-directed ADCs in breast cancer\n  duration: term of the agreement\n' +
      '  remedy: licensor may terminate and reclaim the product',
    fixable: false,
  },
  check(context) {
    const entry = context.get('non_compete');
    // A missing or "none" non-compete is non-compete-missing's finding.
    if (!entry || isBlank(entry.value) || nonCompeteDeclined(context.deal)) return;
    const map = asMap(entry.value);
    if (map) {
      checkScope(
        context,
        entry,
        map.entries.filter((item) => SCOPE_KEYS.includes(item.key)),
      );
      const duration = findEntry(map, 'duration');
      if (!duration || !isStated(duration.value)) {
        context.report({
          message: 'The non-compete states no duration (non_compete.duration)',
          range: duration ? (isNone(duration.value) ? duration.value.range : duration.keyRange) : entry.keyRange,
        });
      }
      return;
    }
    const text = scalarText(entry.value);
    // A redacted non-compete ("[***]") is stated but not disclosed: what it covers cannot be judged.
    if (text === undefined || isRedactedText(text)) return;
    const missing = [...(namesSomething(text) ? [] : ['no target, indication, modality or product']), ...(DURATION_PROSE.test(text) ? [] : ['no duration'])];
    if (missing.length > 0) context.report({ message: `The non-compete names ${missing.join(' and ')}: "${text}"`, range: entry.value.range });
  },
};

function checkScope(context: Parameters<Rule['check']>[0], nonCompete: Entry, scopes: Entry[]): void {
  const stated = scopes.filter((item) => isStated(item.value));
  // A placeholder scope is reported by placeholder-left until it is written; a redacted one is not disclosed.
  if (stated.some((item) => isPlaceholder(item.value) || isRedacted(item.value))) return;
  const texts = stated.flatMap((item) => {
    const text = scalarText(item.value);
    if (text !== undefined) return [text];
    return item.value.kind === 'list' ? item.value.items.flatMap((node) => scalarText(node) ?? []) : [];
  });
  if (texts.some(namesSomething)) return;
  const scope = stated[0] ?? scopes[0];
  if (scope && isStated(scope.value)) {
    const written = scalarText(scope.value) ?? texts.join(', ');
    context.report({
      message: `The non-compete scope "${written}" names no target, indication, modality or product`,
      range: scope.value.range,
    });
    return;
  }
  context.report({
    message: 'The non-compete states no scope: no target, indication, modality or product is named (non_compete.scope)',
    range: scope ? (isNone(scope.value) ? scope.value.range : scope.keyRange) : nonCompete.keyRange,
  });
}
