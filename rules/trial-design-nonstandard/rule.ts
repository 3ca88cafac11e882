import { asMap, findEntry, itemsOf, scalarText, type Rule } from '../../server/src/engine';
import { numberOption } from '../support/options';

const DEFAULT_MIN_ENROLLED = 40;

/** A phase that is or includes Phase 2: 2, "II", "phase-2b", "1/2", "2/3". */
function isPhase2(text: string | undefined): boolean {
  if (text === undefined) return false;
  const phase = text.toLowerCase().replace(/phase/g, ' ');
  return /(^|[^0-9])2[ab]?($|[^0-9])/.test(phase) || /(^|[^a-z])ii[ab]?($|[^a-z])/.test(phase);
}

/** The patients enrolled: a number, or the first number in "24 patients", "n=24". */
function enrolledCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /\d[\d,]*/.exec(value);
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'trial-design-nonstandard',
    category: 'asset',
    defaultSeverity: 'warning',
    title: 'A Phase 2 trial is designed to international standards',
    why:
      'An MNC told the round-table of a Phase 2 it would not count as a real Phase 2: too few patients and a design far ' +
      'from current standards, which ended the talks. A trial meant to support a licence must be prospective, with ' +
      'a current, widely used control, not the cheapest design.',
    goodExample: 'asset:\n  data:\n    trials:\n      - phase: 2\n        enrolled: 86\n        control: standard-of-care\n        design: randomized',
    fixable: false,
    reads: ['asset.data.trials'],
    options: {
      min_enrolled: {
        type: 'number',
        default: DEFAULT_MIN_ENROLLED,
        description: 'A Phase 2 trial with fewer patients enrolled than this is reported.',
      },
    },
  },
  check(context) {
    const trialsNode = context.node('asset.data.trials');
    const minEnrolled = numberOption(context.options.min_enrolled, DEFAULT_MIN_ENROLLED);
    itemsOf(trialsNode).forEach((node, index) => {
      const trial = asMap(node);
      if (!trial || !isPhase2(scalarText(findEntry(trial, 'phase')?.value))) return;
      const name = trialsNode?.kind === 'list' ? `asset.data.trials[${index}]` : 'asset.data.trials';

      const enrolled = findEntry(trial, 'enrolled')?.value;
      const count = enrolled?.kind === 'scalar' ? enrolledCount(enrolled.value) : undefined;
      if (enrolled && count !== undefined && count < minEnrolled) {
        context.report({ message: `${name}: a Phase 2 trial with ${count} patients enrolled (fewer than ${minEnrolled})`, range: enrolled.range });
      }
      const control = findEntry(trial, 'control')?.value;
      const controlWord = context.deal.enumOf(control, `asset.data.trials[${index}].control`);
      if (control && (controlWord === 'none' || controlWord === 'historical')) {
        context.report({ message: `${name}: a Phase 2 trial with no concurrent control (control: ${scalarText(control)})`, range: control.range });
      }
      const design = findEntry(trial, 'design')?.value;
      if (design && context.deal.enumOf(design, `asset.data.trials[${index}].design`) === 'retrospective') {
        context.report({
          message: `${name}: a retrospective Phase 2 design (design: ${scalarText(design)}); buyers expect a prospective trial`,
          range: design.range,
        });
      }
    });
  },
};
