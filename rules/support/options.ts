import type { Rule, RuleContext } from '../../server/src/engine';
import { readDuration, readPercent } from '../../server/src/engine';

const DAYS_PER_MONTH = 30.4375;

/**
 * A number option (60, "60"), or `fallback` when the configured value cannot be read: a typo in a
 * config file should not silence or flood a rule.
 */
export function numberOption(value: unknown, fallback: number): number {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : fallback;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return fallback;
}

/**
 * A percentage option ("5%", 5, 0.05), falling back to the rule's default when the configured
 * value cannot be read: a typo in a config file should not silence or flood a rule.
 */
export function percentOption(context: RuleContext, rule: Rule, name: string): number {
  return readPercent(context.options[name]) ?? readPercent(rule.meta.options?.[name]?.default) ?? 0;
}

/** A period in months, written as a number of months (9, "9") or a duration ("9 months", "1 year"). */
export function readMonths(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const duration = readDuration(text);
  return duration && duration.days >= 0 ? duration.days / DAYS_PER_MONTH : undefined;
}

/** A months option, falling back to the rule's default when the configured value cannot be read. */
export function monthsOption(context: RuleContext, rule: Rule, name: string): number {
  return readMonths(context.options[name]) ?? readMonths(rule.meta.options?.[name]?.default) ?? 0;
}

/** 4.5, 12: rounded to `decimals` places, with no trailing zeros. */
export function formatNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
}
