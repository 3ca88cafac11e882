import { monthsBetween, scalarText, type Rule } from '../../server/src/engine';
import { formatNumber, monthsOption } from '../support/options';

export const rule: Rule = {
  meta: {
    id: 'timeline-too-short',
    category: 'economics',
    defaultSeverity: 'info',
    title: 'The timeline allows for a realistic deal cycle',
    why:
      'A cross-border licence takes a median of about 9 months from first contact to signing, and in the cooler market ' +
      'since 2023 closer to 12. A target that assumes less puts the licensor under its own deadline, and the side ' +
      'racing the clock is the one that concedes.',
    goodExample: 'timeline:\n  first_contact: 2026-05-01\n  target_signing: 2027-02-01',
    fixable: false,
    reads: ['timeline.first_contact', 'timeline.target_signing'],
    options: {
      min_months: {
        type: 'duration',
        default: '9 months',
        description: 'The shortest time from first contact to target signing that passes: a number of months or a duration.',
      },
    },
  },
  check(context) {
    const first = context.get('timeline.first_contact');
    const signing = context.get('timeline.target_signing');
    if (first?.value.kind !== 'scalar' || signing?.value.kind !== 'scalar') return;
    const from = context.deal.date('timeline.first_contact');
    const to = context.deal.date('timeline.target_signing');
    // A bare year is too coarse: "2026" to "2026" may be anything from a day to a year.
    if (from?.month === undefined || to?.month === undefined) return;
    const months = monthsBetween(from, to);
    const minimum = monthsOption(context, rule, 'min_months');
    if (!Number.isFinite(months) || months >= minimum) return;

    const firstText = scalarText(first.value)!.trim();
    const signingText = scalarText(signing.value)!.trim();
    const related = [{ range: first.value.range, message: `First contact ${firstText}` }];
    if (months < 0) {
      context.report({ message: `Target signing ${signingText} is before first contact ${firstText}`, range: signing.value.range, related });
      return;
    }
    context.report({
      message:
        `Only ${formatMonths(months, minimum)} from first contact ${firstText} to target signing ${signingText}; ` +
        `allow at least ${formatNumber(minimum, 1)} months`,
      range: signing.value.range,
      related,
    });
  },
};

/** "4.5 months", "1 month"; never a rounding that reaches the minimum it is compared with. */
function formatMonths(months: number, minimum: number): string {
  let text = formatNumber(months, 1);
  if (Number(text) >= minimum) text = formatNumber(Math.floor(months * 10) / 10, 1);
  return `${text} month${text === '1' ? '' : 's'}`;
}
