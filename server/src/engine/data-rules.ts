import type { RE2JS } from 're2js';
import { resolveGiven } from './given-path';
import { enumValue, isBlank, itemsOf, scalarText, type ModelNode } from './model';
import type { Report, Rule, RuleContext, RuleMeta, Severity } from './rule';
import type { Range } from './text';
import { titleFor, withOneBlank } from './fixes';
import { labelFor } from './markdown/synonyms';
import { expandTerritory, readDate, readDuration, readMoney, readPercent } from './values';

/**
 * A rule as data, in the manner of declarative API rulesets: a path into the model, one check, a
 * message. No code from the workspace runs, so such rules are safe in untrusted folders.
 */
export type DataCheck =
  | 'required'
  | 'forbidden'
  | { required: true }
  | { forbidden: true }
  | { pattern: string }
  | { enum: readonly unknown[] }
  | { min?: unknown; max?: unknown }
  | { includes: readonly unknown[] }
  | { excludes: readonly unknown[] };

export interface DataRuleSpec {
  id: string;
  given: string;
  check: DataCheck;
  severity?: Severity;
  /** `{{value}}` and `{{path}}` are filled in. */
  message?: string;
  docs?: string;
}

/** Words that state a clause is deliberately empty: as good as missing for `required`. */
const NONE_WORDS = new Set(['none', 'no', 'false', 'n/a', 'na', 'nil', 'not applicable']);

export function isNoneValue(node: ModelNode | undefined): boolean {
  const value = enumValue(node);
  return value !== undefined && isNoneWord(value);
}

/** One of the words that state a clause is deliberately empty, in lower case: `none`, `n/a`, `not applicable`. */
export function isNoneWord(text: string): boolean {
  return NONE_WORDS.has(text);
}

export interface BuiltInDataRule {
  meta: RuleMeta;
  given: string;
  check: DataCheck;
  message: string;
  /** For `required`: what to insert where the key is missing. */
  insert?: unknown;
}

/** A built-in rule written as data, with its documentation and an optional insertion, offered as a suggestion. */
export function dataRule(definition: BuiltInDataRule): Rule {
  const check = normalisedOnce(definition.check);
  return { meta: definition.meta, check: (context) => runCheck(context, definition, check(), definition.insert) };
}

/** A user's custom rule from the config file. */
export function customRule(spec: DataRuleSpec): Rule {
  const check = normalisedOnce(spec.check);
  return {
    meta: {
      id: spec.id,
      category: 'structure',
      defaultSeverity: spec.severity ?? 'warning',
      title: spec.message ?? `${spec.given}: ${describeCheck(spec.check)}`,
      why: spec.docs ? `A rule of this workspace's configuration. See ${spec.docs}` : "A rule of this workspace's configuration.",
      goodExample: '',
      fixable: false,
    },
    check: (context) => runCheck(context, { given: spec.given, message: spec.message }, check()),
  };
}

/**
 * The check made ready (a pattern compiled) on the rule's first run, not on every lint; a pattern
 * that does not compile then fails inside the rule, where the lint reports it.
 */
function normalisedOnce(check: DataCheck): () => NormalisedCheck {
  let normalised: NormalisedCheck | undefined;
  return () => (normalised ??= normalise(check));
}

interface CheckInput {
  given: string;
  message?: string;
}

function runCheck(context: RuleContext, input: CheckInput, check: NormalisedCheck, insert?: unknown): void {
  const fallback = context.missingRange(input.given.split('.')[0]);
  for (const match of resolveGiven(context.root, input.given, fallback)) {
    const value = match.entry?.value;
    const say = (defaultMessage: string, range: Range, suggestions?: Report['suggestions']) =>
      context.report({ message: fill(input.message ?? defaultMessage, match.path, value), range, suggestions });

    if (check.kind === 'required') {
      const missing = !match.entry || isBlank(value);
      if (!missing && !isNoneValue(value)) continue;
      const range = !match.entry ? match.missingAt! : missing ? match.entry.keyRange : value!.range;
      const dot = match.path.lastIndexOf('.');
      // Adding a clause changes the deal: it is a suggestion, with one blank at most.
      const inserted = insert !== undefined && missing ? withOneBlank(insert) : undefined;
      const suggestions =
        inserted !== undefined
          ? [
              {
                // Named as the sheet names it ("the tax advisor clause"), as required-clause-missing names what it adds.
                title: titleFor(`Add the ${labelFor(match.path).toLowerCase()} clause`, inserted),
                edits: context.edit.insertEntry(dot < 0 ? '' : match.path.slice(0, dot), match.path.slice(dot + 1), inserted),
              },
            ]
          : undefined;
      say(`${match.path} is required`, range, suggestions);
      continue;
    }
    if (!match.entry || isBlank(value)) continue;
    const problem = checkValue(check, value!, context.regions);
    if (problem) say(`${match.path} ${problem}`, value!.range);
  }
}

type NormalisedCheck =
  | { kind: 'required' | 'forbidden' }
  | { kind: 'pattern'; pattern: RE2JS; source: string }
  | { kind: 'enum'; values: string[] }
  | { kind: 'range'; min?: unknown; max?: unknown }
  | { kind: 'includes' | 'excludes'; items: string[] };

function normalise(check: DataCheck): NormalisedCheck {
  if (check === 'required' || (typeof check === 'object' && 'required' in check)) return { kind: 'required' };
  if (check === 'forbidden' || (typeof check === 'object' && 'forbidden' in check)) return { kind: 'forbidden' };
  if ('pattern' in check) return { kind: 'pattern', pattern: compilePattern(check.pattern), source: check.pattern };
  if ('enum' in check) return { kind: 'enum', values: check.enum.map((value) => String(value).trim().toLowerCase()) };
  if ('includes' in check) return { kind: 'includes', items: check.includes.map(String) };
  if ('excludes' in check) return { kind: 'excludes', items: check.excludes.map(String) };
  return { kind: 'range', min: check.min, max: check.max };
}

/** Patterns run on RE2: linear time, so no pattern can hang the linter, whatever the text. */
export function compilePattern(pattern: string): RE2JS {
  // Loaded on first use: only configs with custom pattern rules need it.
  return (require('re2js') as typeof import('re2js')).RE2JS.compile(pattern);
}

function checkValue(check: NormalisedCheck, node: ModelNode, regions: Readonly<Record<string, readonly string[]>>): string | undefined {
  const texts = itemsOf(node).flatMap((item) => scalarText(item) ?? []);
  switch (check.kind) {
    case 'required':
      return undefined;
    case 'forbidden':
      return 'is not allowed';
    case 'pattern': {
      const failing = texts.find((text) => !check.pattern.matcher(text).find());
      return failing === undefined ? undefined : `"${failing}" does not match ${check.source}`;
    }
    case 'enum': {
      const failing = texts.find((text) => !check.values.includes(text.trim().toLowerCase()));
      return failing === undefined ? undefined : `"${failing}" is not one of: ${check.values.join(', ')}`;
    }
    case 'includes':
    case 'excludes': {
      const have = new Set(expandTerritory(texts, regions).countries);
      const want = expandTerritory(check.items, regions).countries;
      if (check.kind === 'includes') {
        const absent = want.filter((country) => !have.has(country));
        return absent.length === 0 ? undefined : `does not include ${absent.join(', ')}`;
      }
      const present = want.filter((country) => have.has(country));
      return present.length === 0 ? undefined : `includes ${present.join(', ')}`;
    }
    case 'range':
      for (const text of texts.length > 0 ? texts : []) {
        if (check.min !== undefined && compare(text, check.min) === -1) return `${text} is below the minimum ${boundText(check.min)}`;
        if (check.max !== undefined && compare(text, check.max) === 1) return `${text} is above the maximum ${boundText(check.max)}`;
      }
      return undefined;
  }
}

/** What a `min` / `max` bound is, read from the way it is written. */
export type BoundKind = 'percent' | 'duration' | 'date' | 'amount';

/**
 * The kind of a bound: a percentage (`5%`), a duration (`9 months`), a date (`2027-01`), or an
 * amount (`USD 30M`, `60`). Undefined for a bound that is none of them (`lots`): a config finding,
 * as no value could be compared with it.
 */
export function boundKind(bound: unknown): BoundKind | undefined {
  const text = String(bound);
  if (/%|percent/i.test(text)) return readPercent(bound) === undefined ? undefined : 'percent';
  if (readDuration(bound)) return 'duration';
  if (/^\d{4}-\d{2}/.test(text)) return readDate(bound) ? 'date' : undefined;
  return readMoney(bound) ? 'amount' : undefined;
}

/**
 * Compares a value with a bound read the way the bound is written: money, percentage, duration,
 * date or plain number. -1, 0 or 1; undefined when the two cannot be compared.
 */
export function compare(value: unknown, bound: unknown): -1 | 0 | 1 | undefined {
  const sign = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
  switch (boundKind(bound)) {
    case 'percent': {
      const [a, b] = [readPercent(value), readPercent(bound)];
      return a === undefined || b === undefined ? undefined : sign(a, b);
    }
    case 'duration': {
      const duration = readDuration(value);
      return duration ? sign(duration.days, readDuration(bound)!.days) : undefined;
    }
    case 'date': {
      const [a, b] = [readDate(value), readDate(bound)!];
      if (!a) return undefined;
      return sign(a.year * 400 + (a.month ?? 1) * 32 + (a.day ?? 1), b.year * 400 + (b.month ?? 1) * 32 + (b.day ?? 1));
    }
    case 'amount': {
      const [a, b] = [readMoney(value), readMoney(bound)!];
      if (!a) return undefined;
      if (a.currency && b.currency && a.currency !== b.currency) return undefined;
      return sign(a.amount, b.amount);
    }
    case undefined:
      return undefined;
  }
}

function fill(message: string, path: string, value: ModelNode | undefined): string {
  const text = value
    ? itemsOf(value)
        .flatMap((item) => scalarText(item) ?? [])
        .join(', ')
    : '';
  return message.replace(/\{\{\s*value\s*\}\}/g, text).replace(/\{\{\s*path\s*\}\}/g, path);
}

export function describeCheck(check: DataCheck): string {
  return typeof check === 'string' ? check : (Object.keys(check)[0] ?? 'check');
}

/** A min or max bound as the config file wrote it (validated as a number, an amount, a percentage, a duration or a date). */
function boundText(bound: unknown): string {
  return typeof bound === 'string' || typeof bound === 'number' ? String(bound) : JSON.stringify(bound);
}
