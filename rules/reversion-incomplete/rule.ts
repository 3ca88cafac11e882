import { asMap, findEntry, isStated, reversionInWords, scalarText, TBD, titleFor, type Rule } from '../../server/src/engine';
import { setKeys } from '../support/insert';
import { isNone } from '../support/values';

/** What a reversion must hand back, with the words that show a prose reversion does. */
const HANDBACKS = [
  { key: 'data_transfer', what: 'the data', words: /\bdata\b|\bdossier/i },
  {
    key: 'regulatory_filings_transfer',
    what: 'the regulatory filings',
    words: /\bfilings?\b|\bregulatory\b|\bmarketing authori[sz]ations?\b|\b(IND|NDA|BLA|MAA)s?\b/,
  },
] as const;
const TRANSITION_WORDS = /\btransition\w*\b|\bassist\w*\b|\bwind[- ]down\b/i;

export const rule: Rule = {
  meta: {
    id: 'reversion-incomplete',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'A reversion hands back the data and regulatory filings, with transition assistance',
    why:
      'Rights that revert without the data and the filings are rights the licensor cannot use: it would have to ' +
      'regenerate years of work before re-licensing. With 10 of 149 China out-licensing deals of 2018–2023 returned, ' +
      'the handback deserves the same care as the grant.',
    goodExample:
      'termination:\n  reversion:\n    rights: all licensed rights revert to licensor\n    data_transfer: true\n' +
      '    regulatory_filings_transfer: true\n    transition_assistance: 6 months',
    fixable: false,
    hasSuggestions: true,
    reads: ['termination.reversion'],
  },
  check(context) {
    const reversion = context.get('termination.reversion');
    // A "none" reversion is reversion-missing's finding; a missing or empty one may be written in the termination's prose.
    if (reversion && isNone(reversion.value)) return;
    const words = reversionInWords(context.deal);
    if (words) {
      const { text, node } = words;
      if (words.none) {
        // A stated position: reported as such, with no fix, like an explicit `data_transfer: false`.
        context.report({ message: `No rights revert to the licensor on termination, so nothing is handed back: "${text}"`, range: node.range });
        return;
      }
      const missing = HANDBACKS.filter((handback) => !handback.words.test(text)).map((handback) => handback.what);
      if (missing.length > 0) {
        context.report({ message: `The reversion does not hand back ${missing.join(' or ')}: "${text}"`, range: node.range });
      } else if (!words.inTermination && !TRANSITION_WORDS.test(text)) {
        context.report({ message: `The reversion provides no transition assistance: "${text}"`, range: node.range, severity: 'info' });
      }
      return;
    }
    const map = reversion && asMap(reversion.value);
    if (!map) return;
    // One suggestion a term, each written on its own: several inserted at one point would all take the same
    // place (a numbered clause's number, in prose).
    const suggestionFor = (key: string) => {
      const value = key === 'transition_assistance' ? TBD : true;
      return {
        title: titleFor(`Add ${key.replace(/_/g, ' ')} to the reversion (changes what the licensee hands back)`, value),
        edits: setKeys(context, 'termination.reversion', map, [[key, value]]),
      };
    };
    // Absent keys share the reversion key, so they make one finding; an empty or refused key is its own.
    const gaps = HANDBACKS.filter((handback) => !isStated(findEntry(map, handback.key)?.value));
    const absent = gaps.filter((handback) => !findEntry(map, handback.key));
    if (absent.length > 0) {
      context.report({
        message:
          `The reversion does not say it hands back ${absent.map((handback) => handback.what).join(' and ')} ` +
          `(${absent.map((handback) => `termination.reversion.${handback.key}`).join(', ')})`,
        range: reversion.keyRange,
        suggestions: absent.map((handback) => suggestionFor(handback.key)),
      });
    }
    for (const handback of gaps.filter((gap) => !absent.includes(gap))) {
      const entry = findEntry(map, handback.key)!;
      const refused = isNone(entry.value);
      context.report({
        message: refused
          ? `The reversion does not hand back ${handback.what} (${handback.key}: ${scalarText(entry.value)})`
          : `The reversion does not say it hands back ${handback.what} (termination.reversion.${handback.key})`,
        range: refused ? entry.value.range : entry.keyRange,
        // An explicit false is a negotiated position: only the author can reopen it.
        suggestions: refused ? undefined : [suggestionFor(handback.key)],
      });
    }
    const transition = findEntry(map, 'transition_assistance');
    if (!transition || !isStated(transition.value)) {
      const refused = transition !== undefined && isNone(transition.value);
      context.report({
        message: refused
          ? `The reversion provides no transition assistance (transition_assistance: ${scalarText(transition.value)})`
          : 'The reversion does not say what transition assistance the licensee gives (termination.reversion.transition_assistance)',
        range: transition ? (refused ? transition.value.range : transition.keyRange) : reversion.keyRange,
        severity: 'info',
        suggestions: refused ? undefined : [suggestionFor('transition_assistance')],
      });
    }
  },
};
