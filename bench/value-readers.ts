/**
 * Value readers: the libraries against the hand-written ones, on the values the corpus and the examples
 * hold where the schema expects money, a percentage or a date. For each kind: how many values each side
 * reads, how many both read alike, how many only one reads, and the time per value. The libraries are
 * not dependencies of the project; install them beside it first, without saving:
 *
 *   npm install --no-save @microsoft/recognizers-text-number@1.3.1 @microsoft/recognizers-text-number-with-unit@1.3.1 \
 *     @microsoft/recognizers-text-date-time@1.3.2 chrono-node@2.10.3
 *   npm run build && node out/bench/value-readers.js [--libs <folder with their node_modules>] [--show]
 *
 * `--show` lists every value one side reads and the other does not, or reads differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  dealOf,
  isAmountPath,
  readDateValue,
  readMoneyValue,
  readPercentValue,
  readSheet,
  schemaField,
  visitScalars,
  type DateValue,
  type PercentBand,
  type ScalarNode,
} from '../server/src/engine';

const ROOT = join(__dirname, '..', '..');
const CJK = /[\u3400-\u9fff]/;

type Kind = 'money' | 'percent' | 'date';
/** What a reader made of a value, reduced to what both sides can say: "USD 20000000", "8", "2027-01". */
type Reader = (text: string, node: ScalarNode) => string | undefined;

interface Value {
  kind: Kind;
  text: string;
  node: ScalarNode;
  read: Reader;
  /** The same reading without the deal's memory of it: what reading the value costs. */
  readAgain: Reader;
}

/** Every value of the corpus and the examples at a clause the schema types as money, a percentage or a date. */
function corpusValues(): Value[] {
  const values: Value[] = [];
  for (const dir of ['test/corpus', 'examples']) {
    for (const name of readdirSync(join(ROOT, dir)).filter((file) => /\.(md|ya?ml)$/.test(file) && !/^(README|SOURCES)\.md$/.test(file))) {
      const text = readFileSync(join(ROOT, dir, name), 'utf8');
      const sheet = readSheet(text, /\.ya?ml$/.test(name) ? 'yaml' : 'markdown');
      if (!sheet) continue;
      const deal = dealOf(sheet);
      visitScalars(sheet.root, (node, path) => {
        if (typeof node.value !== 'string' && typeof node.value !== 'number') return;
        const at = path();
        const kind: Kind | undefined = at.startsWith('financials.') && isAmountPath(at) ? 'money' : kindAt(at);
        if (!kind) return;
        const reader: Reader =
          kind === 'money'
            ? (_text, scalar) => moneyKey(deal.moneyOf(scalar))
            : kind === 'percent'
              ? (valueText, scalar) => percentKey(readPercentValue(scalar, valueText))
              : (valueText, scalar) => dateKey(readDateValue(scalar, valueText));
        // The deal remembers an amount by its node: the time is the reader's own, with the words around the value in Markdown.
        const readAgain: Reader = kind === 'money' ? (valueText, scalar) => moneyKey(readMoneyValue(scalar, valueText)) : reader;
        values.push({ kind, text: String(node.value), node, read: reader, readAgain });
      });
    }
  }
  return values;
}

function kindAt(path: string): Kind | undefined {
  const kind = schemaField(path)?.kind;
  return kind === 'percent' || kind === 'date' ? kind : undefined;
}

function moneyKey(money: { amount: number; currency?: string } | undefined): string | undefined {
  return money && `${money.currency ?? '?'} ${money.amount}`;
}

function percentKey(rate: number | PercentBand | string | undefined): string | undefined {
  return typeof rate === 'number' ? String(rate) : typeof rate === 'object' ? `${rate.low}-${rate.high}` : undefined;
}

function dateKey(date: DateValue | undefined): string | undefined {
  return date && [date.year, date.month, date.day].filter((part) => part !== undefined).join('-');
}

/** Ways drafters write values beyond what the corpus holds, with what each means (a blank means nothing). */
const FORMS: ReadonlyArray<{ kind: Kind; text: string; means?: string }> = [
  { kind: 'money', text: 'Ten Million US Dollars (US$10,000,000)', means: 'USD 10000000' },
  { kind: 'money', text: 'US$ 1.5 billion', means: 'USD 1500000000' },
  { kind: 'money', text: '500万元', means: 'CNY 5000000' },
  { kind: 'money', text: '人民币1亿元', means: 'CNY 100000000' },
  { kind: 'money', text: 'RMB 100,000,000', means: 'CNY 100000000' },
  { kind: 'money', text: '€2.5m', means: 'EUR 2500000' },
  { kind: 'money', text: 'JPY 3 billion', means: 'JPY 3000000000' },
  { kind: 'money', text: 'up to $900 million', means: 'USD 900000000' },
  { kind: 'money', text: 'two payments of $7,000 each', means: 'USD 14000' },
  { kind: 'money', text: 'USD 1 million per first approval in each of the five largest markets', means: 'USD 5000000' },
  { kind: 'money', text: 'Thirty Million US Dollars', means: 'USD 30000000' },
  { kind: 'money', text: '$[***] million' },
  { kind: 'money', text: '[TBD]' },
  { kind: 'percent', text: '8%', means: '8' },
  { kind: 'percent', text: '12.5 per cent', means: '12.5' },
  { kind: 'percent', text: 'eight percent', means: '8' },
  { kind: 'percent', text: '百分之八', means: '8' },
  { kind: 'percent', text: 'high single digits', means: '7-9' },
  { kind: 'percent', text: 'mid-teens', means: '14-16' },
  { kind: 'percent', text: '10–15%', means: '10-15' },
  { kind: 'percent', text: '[●]%' },
  { kind: 'date', text: '2023年3月5日', means: '2023-3-5' },
  { kind: 'date', text: '2023年3月', means: '2023-3' },
  { kind: 'date', text: 'Q1 2023', means: '2023-1' },
  { kind: 'date', text: 'first quarter of 2023', means: '2023-1' },
  { kind: 'date', text: 'H2 2024', means: '2024-7' },
  { kind: 'date', text: 'second half of 2024', means: '2024-7' },
  { kind: 'date', text: 'March 5th, 2023', means: '2023-3-5' },
  { kind: 'date', text: '5 March 2023', means: '2023-3-5' },
  { kind: 'date', text: '2026-11-02', means: '2026-11-2' },
  { kind: 'date', text: '2043', means: '2043' },
  { kind: 'date', text: '[DATE]' },
];

/** Our reading of a value written at a clause of its kind, in a YAML sheet. */
function ourReading(kind: Kind, text: string): string | undefined {
  const at = {
    money: ['financials.upfront', 'financials:\n  upfront: '],
    percent: ['financials.royalties[0].rate', 'financials:\n  royalties:\n    - rate: '],
    date: ['timeline.target_signing', 'timeline:\n  target_signing: '],
  }[kind];
  const deal = dealOf(readSheet(`${at[1]}${JSON.stringify(text)}\n`, 'yaml')!);
  return kind === 'money' ? moneyKey(deal.money(at[0])) : kind === 'percent' ? percentKey(deal.rate(at[0])) : dateKey(deal.date(at[0]));
}

/** The libraries, loaded from `folder`'s node_modules; undefined when they are not installed there. */
function loadLibraries(folder: string): Record<string, Partial<Record<Kind, (text: string) => string | undefined>>> | undefined {
  const load = createRequire(join(resolve(folder), 'package.json'));
  try {
    const number = load('@microsoft/recognizers-text-number') as Recognizers;
    const unit = load('@microsoft/recognizers-text-number-with-unit') as Recognizers;
    const dateTime = load('@microsoft/recognizers-text-date-time') as Recognizers;
    const chrono = load('chrono-node') as Chrono;
    const culture = (text: string) => (CJK.test(text) ? 'zh-cn' : 'en-us');
    return {
      'recognizers-text': {
        money: (text) => {
          const found = unit.recognizeCurrency!(text, culture(text))[0]?.resolution;
          return found?.value === undefined ? undefined : `${found.isoCurrency ?? '?'} ${Number(found.value)}`;
        },
        percent: (text) => {
          const value = number.recognizePercentage!(text, culture(text))[0]?.resolution?.value;
          return value === undefined ? undefined : String(parseFloat(value));
        },
        date: (text) => timexKey(dateTime.recognizeDateTime!(text, culture(text))[0]?.resolution?.values?.[0]),
      },
      'chrono-node': {
        date: (text) => {
          const parse = CJK.test(text) ? chrono.zh.hans.parse : chrono.parse;
          const known = parse(text)[0]?.start.knownValues;
          return known?.year === undefined ? undefined : [known.year, known.month, known.day].filter((part) => part !== undefined).join('-');
        },
      },
    };
  } catch {
    return undefined;
  }
}

/** A TIMEX value as our key: "2043", "2027-03", "2027-03-05"; a range ("(2027-01-01,2027-04-01,P3M)", a quarter) as its first month. */
function timexKey(found: { timex?: string; start?: string } | undefined): string | undefined {
  const timex = found?.timex?.startsWith('(') ? found.start?.slice(0, 7) : found?.timex;
  const parts = timex && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(timex);
  return parts
    ? parts
        .slice(1)
        .flatMap((part) => (part === undefined ? [] : [String(Number(part))]))
        .join('-')
    : undefined;
}

interface Recognized {
  resolution?: { value?: string; isoCurrency?: string; values?: Array<{ value?: string; start?: string; timex?: string }> };
}
interface Recognizers {
  recognizeCurrency?: (text: string, culture: string) => Recognized[];
  recognizePercentage?: (text: string, culture: string) => Recognized[];
  recognizeDateTime?: (text: string, culture: string) => Recognized[];
}
interface ChronoParse {
  (text: string): Array<{ start: { knownValues: { year?: number; month?: number; day?: number } } }>;
}
interface Chrono {
  parse: ChronoParse;
  zh: { hans: { parse: ChronoParse } };
}

/** Microseconds per value: the reader run over every value until a quarter of a second has passed. */
function timePerValue(values: readonly Value[], read: (value: Value) => unknown): number {
  for (const value of values) read(value);
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 250) {
    for (const value of values) read(value);
    runs++;
  }
  return ((performance.now() - start) * 1000) / (runs * values.length);
}

function main(): void {
  const args = process.argv.slice(2);
  const folder = args.includes('--libs') ? args[args.indexOf('--libs') + 1] : ROOT;
  const libraries = loadLibraries(folder);
  if (!libraries) {
    console.error(`The libraries are not installed in ${resolve(folder)}: see the comment at the top of bench/value-readers.ts.`);
    process.exitCode = 1;
    return;
  }
  const values = corpusValues();
  const rows: string[] = [
    '| Kind | Values | Library | Both alike | Both, differently | Only ours | Only the library | Neither | µs/value ours | µs/value library |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const shown: string[] = [];
  for (const kind of ['money', 'percent', 'date'] as const) {
    const ofKind = values.filter((value) => value.kind === kind);
    const ours = timePerValue(ofKind, (value) => value.readAgain(value.text, value.node));
    for (const [library, readers] of Object.entries(libraries)) {
      const read = readers[kind];
      if (!read) continue;
      const counts = { alike: 0, differently: 0, onlyOurs: 0, onlyLibrary: 0, neither: 0 };
      for (const value of ofKind) {
        const [a, b] = [value.read(value.text, value.node), read(value.text)];
        const outcome = a && b ? (a === b ? 'alike' : 'differently') : a ? 'onlyOurs' : b ? 'onlyLibrary' : 'neither';
        counts[outcome]++;
        if (outcome !== 'alike' && outcome !== 'neither')
          shown.push(`${kind} ${library} ${outcome}: ${JSON.stringify(value.text)} ours=${a ?? '-'} library=${b ?? '-'}`);
      }
      const theirs = timePerValue(ofKind, (value) => read(value.text));
      rows.push(
        `| ${kind} | ${ofKind.length} | ${library} | ${counts.alike} | ${counts.differently} | ${counts.onlyOurs} | ${counts.onlyLibrary} | ${counts.neither} | ${ours.toFixed(1)} | ${theirs.toFixed(1)} |`,
      );
    }
  }
  console.log(rows.join('\n'));
  const right: string[] = ['| Library | Forms | Ours right | Library right | Only ours right | Only the library right |', '|---|---|---|---|---|---|'];
  for (const [library, readers] of Object.entries(libraries)) {
    const forms = FORMS.filter((entry) => readers[entry.kind]);
    let [oursRight, libraryRight, onlyOurs, onlyLibrary] = [0, 0, 0, 0];
    for (const entry of forms) {
      const [a, b] = [ourReading(entry.kind, entry.text), readers[entry.kind]!(entry.text)];
      const [aRight, bRight] = [a === entry.means, b === entry.means];
      oursRight += Number(aRight);
      libraryRight += Number(bRight);
      onlyOurs += Number(aRight && !bRight);
      onlyLibrary += Number(bRight && !aRight);
      if (aRight !== bRight)
        shown.push(`form ${library}: ${JSON.stringify(entry.text)} means ${entry.means ?? 'nothing'}: ours=${a ?? '-'} library=${b ?? '-'}`);
    }
    right.push(`| ${library} | ${forms.length} | ${oursRight} | ${libraryRight} | ${onlyOurs} | ${onlyLibrary} |`);
  }
  console.log(`\n${right.join('\n')}`);
  if (args.includes('--show')) console.log(`\n${shown.join('\n')}`);
}

main();
