import type { Entry, ListNode, MapNode, ModelNode, ScalarNode, ScalarValue } from '../model';
import type { LineIndex } from '../text';
import { yesOrNo } from '../deal/readings';
import { LEGAL_FORM } from '../lexicon/parties';
import { readCountry } from '../values/countries';
import { readDate, type DateValue } from '../values/dates';
import { findDates, findDurations, findMoney, findPercents, findPlaces, type Found, type Place } from '../values/find-in-prose';
import type { Money } from '../values/money';
import { findMarks, mayHoldPlaceholder } from '../values/placeholders';
import type { Span } from './blocks';
import { cover, plainOf, plainText, trimSpan, withoutFullStop } from './prose';
import type { ValueKind } from './synonyms';
import { findVocabulary } from './vocabulary';

/**
 * Turns the prose of one clause into a model value of the kind the clause holds: the readable
 * part as a scalar ranged on exactly the characters it was read from, or the prose itself when
 * nothing of that kind is in it.
 */
export class ValueReader {
  /**
   * What the finders of table cells found, by the cell's text: a patent table repeats its countries
   * and years row after row. Finders are pure functions of the text; each use gets its own offsets.
   */
  private readonly memos = new Map<Finder, Map<string, Array<Found<unknown>>>>([
    [findPlacesAndOffices, new Map()],
    [findDatesAndYears, new Map()],
  ]);

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  scalar(value: ScalarValue, span: Span): ScalarNode {
    return this.scalarAt(value, span.start, span.end);
  }

  scalarAt(value: ScalarValue, start: number, end: number): ScalarNode {
    return { kind: 'scalar', value, range: this.lines.range(start, end) };
  }

  list(items: ModelNode[], span: Span): ListNode {
    return { kind: 'list', items, range: this.lines.range(span.start, span.end) };
  }

  map(entries: Entry[], span?: Span): MapNode {
    const covering = span ?? coverOfEntries(entries);
    return { kind: 'map', entries, range: this.lines.range(covering.start, covering.end) };
  }

  entry(key: string, keySpan: Span, value: ModelNode): Entry {
    return { key, keyRange: this.lines.range(keySpan.start, keySpan.end), value };
  }

  /** The spans with blanks and wrapping markers removed, empty ones dropped. */
  trimmed(spans: readonly Span[]): Span[] {
    const parts: Span[] = [];
    for (const span of spans) {
      const part = trimSpan(this.text, span);
      if (part.end > part.start) parts.push(part);
    }
    return parts;
  }

  /** The prose as it reads: one scalar over all of it (empty at `at` when there is none). */
  prose(spans: readonly Span[], at: number): ScalarNode {
    return this.proseOfTrimmed(this.trimmed(spans), at);
  }

  private proseOfTrimmed(parts: readonly Span[], at: number): ScalarNode {
    const span = cover(parts);
    if (!span) return this.scalar(null, { start: at, end: at });
    const plain = plainOf(this.text, parts);
    const stopped = parts.length === 1 ? withoutFullStop(plain, this.text, span) : { text: plain, span };
    return this.scalar(stopped.text, stopped.span);
  }

  /**
   * Reads a clause's value of `kind` from the spans: what it holds, or the prose when nothing of that
   * kind is in it. `path` names the clause, for the few kinds whose shape depends on it.
   */
  read(kind: ValueKind, spans: readonly Span[], at: number, path: string): ModelNode {
    return this.readFrom(kind, this.trimmed(spans), at, path, true);
  }

  /**
   * `read` of one span already trimmed (`trimSpan`): each cell of a table whose header names its columns.
   * `column` remembers the column's cells by their text: a patent table repeats its countries and years
   * row after row, and a cell reads as the same text above it did, only further on in the file.
   */
  readTrimmed(kind: ValueKind, trimmed: Span, at: number, path: string, column?: Map<string, ReadCell>): ModelNode {
    if (trimmed.end <= trimmed.start) return this.readFrom(kind, [], at, path, true);
    const source = column && this.text.slice(trimmed.start, trimmed.end);
    const seen = source === undefined ? undefined : column?.get(source);
    if (seen) return this.shifted(seen.node, trimmed.start - seen.start);
    const node = this.readFrom(kind, [trimmed], at, path, true);
    if (source !== undefined) column?.set(source, { node, start: trimmed.start });
    return node;
  }

  /** The same node `by` characters further on: its ranges moved, its values shared. */
  private shifted(node: ModelNode, by: number): ModelNode {
    const start = node.range.start.offset + by;
    const end = node.range.end.offset + by;
    switch (node.kind) {
      case 'scalar':
        return this.scalarAt(node.value, start, end);
      case 'list':
        return { kind: 'list', items: node.items.map((item) => this.shifted(item, by)), range: this.lines.range(start, end) };
      case 'map':
        return {
          kind: 'map',
          entries: node.entries.map((entry) => ({
            key: entry.key,
            keyRange: this.lines.range(entry.keyRange.start.offset + by, entry.keyRange.end.offset + by),
            value: this.shifted(entry.value, by),
          })),
          range: this.lines.range(start, end),
        };
    }
  }

  /**
   * Reads a value of `kind` mentioned in longer prose (a section's lead names its stage): a
   * placeholder elsewhere in that prose is not this value's, and the prose is kept whole beside it.
   */
  readMention(kind: ValueKind, spans: readonly Span[], at: number, path: string): ModelNode {
    return this.readFrom(kind, this.trimmed(spans), at, path, false);
  }

  private readFrom(kind: ValueKind, parts: Span[], at: number, path: string, ownValue: boolean): ModelNode {
    if (parts.length === 0) return this.scalar(null, { start: at, end: at });
    const found = this.readKind(kind, parts, path);
    if (!found) return this.proseOfTrimmed(parts, at);
    return ownValue ? this.keepingPlaceholders(found, parts, at) : found;
  }

  /**
   * A placeholder beside what was read ("Greater China, [TBD]", "USD 20M [TBC]") is an open term, and
   * the model keeps it as YAML would: a list gets it as one more item, a single value stays the prose
   * as written. Maps (a party, a reversion) keep their prose in their own fields. A redaction is kept
   * the same way ("$[***] million" stays as written): what it hides is not read.
   */
  private keepingPlaceholders(found: ModelNode, parts: readonly Span[], at: number): ModelNode {
    if (found.kind === 'map' || !this.mayHoldPlaceholder(parts)) return found;
    const placeholders = this.find(parts, findMarks);
    if (placeholders.length === 0) return found;
    const read = found.kind === 'list' ? found.items.map((item) => offsets(item.range)) : [offsets(found.range)];
    const left = placeholders.filter((placeholder) => !read.some((span) => span.start <= placeholder.start && placeholder.end <= span.end));
    if (left.length === 0) return found;
    if (found.kind === 'scalar') return this.proseOfTrimmed(parts, at);
    const items = [...found.items, ...left.map((placeholder) => this.scalar(placeholder.text, placeholder))].sort(
      (a, b) => a.range.start.offset - b.range.start.offset,
    );
    return this.list(items, cover([offsets(found.range), ...left])!);
  }

  private mayHoldPlaceholder(parts: readonly Span[]): boolean {
    for (const part of parts) if (mayHoldPlaceholder(this.text, part.start, part.end)) return true;
    return false;
  }

  private readKind(kind: ValueKind, parts: Span[], path: string): ModelNode | undefined {
    switch (kind) {
      case 'money': {
        const money = this.payments(parts, false)[0] ?? this.find(parts, (text) => findMoney(text, { bare: true }))[0];
        return money && this.scalar(plainText(money.text), money);
      }
      case 'percent': {
        const percent = this.find(parts, findPercents)[0];
        return percent && this.scalar(percent.text, percent);
      }
      case 'duration': {
        const duration = this.find(parts, findDurations)[0];
        return duration && this.scalar(duration.text, duration);
      }
      case 'date': {
        const date = this.find(parts, findDatesAndYears)[0];
        return date && this.scalar(date.text, date);
      }
      case 'days':
        return this.days(parts, path);
      case 'number': {
        const number = this.find(parts, (text) => [...text.matchAll(/(?<![\p{L}\d.])\d+(?:\.\d+)?(?![\d.]*\d)/gu)].map((m) => found(m, Number(m[0]))))[0];
        return number && this.scalar(number.value, number);
      }
      case 'country': {
        const country = this.countryIn(parts);
        return country && this.scalar(this.countryValue(country), country);
      }
      case 'territory':
        return this.places(parts, false);
      case 'jurisdictions':
        return this.places(parts, true);
      case 'words':
        return this.words(parts);
      case 'flag':
        return this.flag(parts);
      case 'party':
        return this.party(parts, path);
      case 'reversion':
        return this.reversion(parts);
      case 'milestones':
      case 'milestone-list': {
        const amounts = this.payments(parts, true);
        if (amounts.length === 0) return undefined;
        return this.list(
          amounts.map((money) => this.scalar(plainText(money.text), money)),
          cover(amounts)!,
        );
      }
      case 'royalties': {
        const tiers = this.tiers(parts);
        return tiers.length > 0 ? this.list(tiers, cover(tiers.map((tier) => offsets(tier.range)))!) : undefined;
      }
      case 'patents': {
        const family = this.patentFamily(parts);
        return family && this.list([family], offsets(family.range));
      }
      case 'trials': {
        const trial = this.trial(parts);
        return trial && this.list([trial], offsets(trial.range));
      }
      case 'section':
        return undefined;
      case 'text': {
        // Only the field of use is read out of other words: a grant names it ("for all human therapeutic uses").
        const field = path === 'license.field' ? this.find(parts, (text) => [...text.matchAll(FIELD_IN_GRANT)].map((m) => found(m, m[0])))[0] : undefined;
        return field && this.scalar(field.text, field);
      }
      default:
        if (kind.startsWith('enum:')) {
          const match = this.enumPhrase(kind.slice(5), parts);
          return match && this.scalar(match.value, match);
        }
        if (kind.startsWith('enum-list:')) {
          const matches = this.vocabulary(kind.slice(10), parts);
          if (matches.length === 0) return undefined;
          const unique = matches.filter((match, i) => matches.findIndex((other) => other.value === match.value) === i);
          return this.list(
            unique.map((match) => this.scalar(match.value, match)),
            cover(unique)!,
          );
        }
        return undefined;
    }
  }

  /** Runs a finder on each span's source, with offsets into the file. */
  find<T>(parts: readonly Span[], finder: (text: string) => Found<T>[]): Array<Found<T>> {
    const all: Array<Found<T>> = [];
    this.each(parts, finder, (f, shift, shared) => {
      if (shared) {
        all.push({ start: f.start + shift, end: f.end + shift, text: f.text, value: f.value });
      } else {
        f.start += shift;
        f.end += shift;
        all.push(f);
      }
    });
    return all;
  }

  /**
   * Each thing a finder finds in the spans, in order, with the shift that moves its offsets into the
   * file. `shared`: a remembered result that other cells get too, to be copied and never changed;
   * otherwise a fresh object the caller may keep.
   */
  private each<T>(parts: readonly Span[], finder: (text: string) => Found<T>[], visit: (found: Found<T>, shift: number, shared: boolean) => void): void {
    const memo = this.memos.get(finder) as Map<string, Found<T>[]> | undefined;
    for (const part of parts) {
      const source = this.text.slice(part.start, part.end);
      if (!memo) {
        for (const f of finder(source)) visit(f, part.start, false);
        continue;
      }
      let results = memo.get(source);
      if (!results) memo.set(source, (results = finder(source)));
      for (const f of results) visit(f, part.start, true);
    }
  }

  vocabulary(name: string, parts: readonly Span[]): Array<Found<string>> {
    return this.find(parts, (text) =>
      findVocabulary(name, text).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), value: m.value })),
    );
  }

  /**
   * The value of the earliest phrase, spanning the phrases written right after it: "freely, without
   * Licensor's consent" says one thing twice, and a fix that replaced only "freely" would leave prose
   * that says the opposite of what it wrote.
   */
  private enumPhrase(name: string, parts: readonly Span[]): Found<string> | undefined {
    const [first, ...rest] = this.vocabulary(name, parts);
    if (!first || rest.length === 0) return first;
    let end = first.end;
    for (const next of rest) {
      if (!PHRASE_JOINER.test(this.text.slice(end, next.start))) break;
      end = next.end;
    }
    // "freely (without consent)": a bracket opened inside the span is closed inside it.
    const spanned = this.text.slice(first.start, end);
    if (this.text[end] === ')' && spanned.includes('(') && !spanned.includes(')')) end++;
    return end === first.end ? first : { start: first.start, end, text: this.text.slice(first.start, end), value: first.value };
  }

  /**
   * Amounts paid, not thresholds: in "USD 25M when annual net sales first exceed USD 150M" only the
   * first is a payment. `bare` amounts (no currency) count only when no amount names one.
   */
  payments(parts: readonly Span[], skipCaps: boolean): Array<Found<Money>> {
    const paid = (bare: boolean) => this.find(parts, (text) => paidAmounts(text, findMoney(text, { bare }), skipCaps));
    const marked = paid(false);
    return marked.length > 0 ? marked : paid(true);
  }

  private days(parts: Span[], path: string): ModelNode | undefined {
    const duration = this.find(parts, findDurations)[0];
    if (!duration) return undefined;
    const days = this.scalar(Math.round(duration.value.days), duration);
    const key = DAYS_KEYS[path];
    return key ? this.map([this.entry(key, duration, days)]) : days;
  }

  private places(parts: Span[], offices: boolean): ModelNode | undefined {
    const items: ScalarNode[] = [];
    let start = Infinity;
    let end = -Infinity;
    this.each(parts, offices ? findPlacesAndOffices : findPlaces, (place, shift) => {
      items.push(this.scalarAt(place.value.excluded && !offices ? `-${place.text}` : place.text, place.start + shift, place.end + shift));
      start = Math.min(start, place.start + shift);
      end = Math.max(end, place.end + shift);
    });
    return items.length === 0 ? undefined : this.list(items, { start, end });
  }

  /** "gastric cancer, pancreatic cancer and biliary tract cancer" → three items. */
  private words(parts: Span[]): ModelNode | undefined {
    const items: ScalarNode[] = [];
    for (const part of parts) {
      const source = this.text.slice(part.start, part.end);
      const separator = /\s*(?:,|;|\band\b|\bor\b|&)\s*/gi;
      let from = 0;
      const push = (to: number) => {
        const span = trimSpan(this.text, { start: part.start + from, end: part.start + to });
        const value = plainText(this.text.slice(span.start, span.end)).replace(/[.;,]+$/, '');
        if (value !== '') items.push(this.scalar(value, span));
      };
      for (let m = separator.exec(source); m; m = separator.exec(source)) {
        // Commas inside parentheses belong to the item: "HR+/HER2- breast cancer (first line, second line)".
        if (depth(source.slice(0, m.index)) > 0) continue;
        push(m.index);
        from = m.index + m[0].length;
      }
      push(source.length);
    }
    if (items.length === 0) return undefined;
    return this.list(items, cover(items.map((item) => offsets(item.range)))!);
  }

  private flag(parts: Span[]): ModelNode | undefined {
    const span = cover(parts)!;
    // A clause that states something at all, in words that say neither yes nor no, is a yes.
    return this.scalar(yesOrNo(plainOf(this.text, parts)) ?? true, span);
  }

  /** The country the text names: one written out ("United States") over a two-letter code, which may be a state ("CA 92121"). */
  private countryIn(parts: Span[]): Found<Place> | undefined {
    // A company's legal form is not a place: "a.s." is not American Samoa, "AG" not Antigua.
    const forms = this.find(parts, (text) => [...text.matchAll(EVERY_LEGAL_FORM)].map((m) => found(m, m[0])));
    const countries = this.find(parts, (text) => findPlaces(text)).filter(
      (place) => place.value.kind === 'country' && !forms.some((form) => place.start < form.end && form.start < place.end),
    );
    return countries.find((place) => place.text.length > 2) ?? countries[0];
  }

  /** The words as written, or the code where they alone read as another country: "CA" before a ZIP code is the US. */
  private countryValue(country: Found<Place>): string {
    return readCountry(country.text) === country.value.code ? country.text : country.value.code;
  }

  /** A company: its name, and the country it is from when the text names one. */
  private party(parts: Span[], path: string): ModelNode | undefined {
    const whole = cover(parts)!;
    const entries: Entry[] = [];
    const country = this.countryIn(parts);
    let nameEnd = whole.end;
    if (country) {
      // "Name (Japan)" or "Name, China": the country is not part of the name.
      const before = this.text.slice(whole.start, country.start);
      const open = before.lastIndexOf('(');
      if (open >= 0 && !before.slice(open).includes(')')) nameEnd = whole.start + open;
      else if (/,\s*$/.test(before) && /^\s*\.?\s*$/.test(this.text.slice(country.end, whole.end))) nameEnd = whole.start + before.replace(/,\s*$/, '').length;
    }
    const trimmedName = trimSpan(this.text, { start: whole.start, end: nameEnd });
    const cut = /\s*[,;]\s*$/.exec(this.text.slice(trimmedName.start, trimmedName.end));
    const nameSpan = cut ? { start: trimmedName.start, end: trimmedName.end - cut[0].length } : trimmedName;
    if (nameSpan.end > nameSpan.start) entries.push(this.entry('name', nameSpan, this.prose([nameSpan], nameSpan.start)));
    if (country) entries.push(this.entry('country', country, this.scalar(this.countryValue(country), country)));
    if (path === 'parties.licensee') {
      const type = this.enumPhrase('licensee-type', parts);
      if (type) entries.push(this.entry('type', type, this.scalar(type.value, type)));
    }
    return this.map(entries, whole);
  }

  /** What reverts: the prose as the rights, and whether data, filings and transition help are part of it. */
  private reversion(parts: Span[]): ModelNode | undefined {
    const whole = cover(parts)!;
    const entries: Entry[] = [this.entry('rights', whole, this.prose(parts, whole.start))];
    const mention = (pattern: RegExp) => this.find(parts, (text) => [...text.matchAll(pattern)].map((m) => found(m, m[0])))[0];
    const data = mention(/\b(?:clinical |pre-?clinical |safety )?data\b/gi);
    if (data) entries.push(this.entry('data_transfer', data, this.scalar(true, data)));
    const filings = mention(
      /\bregulatory (?:filings|submissions|dossiers|approvals|documents)\b|\bmarketing authori[sz]ations?\b|\bINDs?\b|\bregistrations\b/gi,
    );
    if (filings) entries.push(this.entry('regulatory_filings_transfer', filings, this.scalar(true, filings)));
    const transition = mention(/\btransition(?:al)?\s+(?:assistance|services|support|period)\b/gi);
    if (transition) {
      const duration = this.find(parts, findDurations).find((d) => d.start >= transition.start - 60);
      const value = duration ? this.scalar(duration.text, duration) : this.scalar(transition.text, transition);
      entries.push(this.entry('transition_assistance', transition, value));
    }
    return this.map(entries, whole);
  }

  /** Royalty tiers: "9% of Net Sales up to USD 150M and 13% above". */
  tiers(parts: Span[]): MapNode[] {
    const percents = this.find(parts, findPercents);
    const moneys = this.find(parts, (text) => findMoney(text, { bare: true }));
    const tiers: MapNode[] = [];
    let previous: Found<Money> | undefined;
    const used = new Set<Found<Money>>();
    percents.forEach((percent, i) => {
      const from = i > 0 ? percents[i - 1].end : cover(parts)!.start;
      const to = i + 1 < percents.length ? percents[i + 1].start : cover(parts)!.end;
      // An amount goes with the rate before it ("9% up to USD 150M"), else with the one after it ("up to USD 150M: 9%").
      const after = moneys.filter((money) => !used.has(money) && money.start >= percent.end && money.end <= to);
      const before = moneys.filter((money) => !used.has(money) && money.start >= from && money.end <= percent.start);
      const money = after[0] ?? before.at(-1);
      if (money) used.add(money);
      const entries: Entry[] = [];
      const lead = money ? this.text.slice(Math.max(from, money.start - 40), money.start) : this.text.slice(percent.end, to);
      const direction = /(?:up to|below|under|less than|not exceeding|first|≤|<)\s*(?:annual\s+)?(?:net\s+sales\s+(?:of\s+)?)?$/i.test(lead)
        ? 'up_to'
        : /(?:above|over|exceeding|exceeds?|in excess of|greater than|more than|beyond|≥|>)\s*(?:annual\s+)?(?:net\s+sales\s+(?:of\s+)?)?$/i.test(lead)
          ? 'above'
          : undefined;
      if (money && direction) {
        entries.push(this.entry(direction, money, this.scalar(plainText(money.text), money)));
        previous = money;
      } else if (!money && previous) {
        // "14% above" / "13% thereafter": above the last threshold named.
        const word = /\b(?:above|over|thereafter|in excess|beyond|exceeding)\b/i.exec(this.text.slice(percent.end, to));
        if (word) {
          const span = { start: percent.end + word.index, end: percent.end + word.index + word[0].length };
          entries.push(this.entry('above', span, this.scalar(plainText(previous.text), span)));
        }
      }
      entries.push(this.entry('rate', percent, this.scalar(percent.text.replace(/\s+/g, ''), percent)));
      tiers.push(this.map(entries));
    });
    return tiers;
  }

  /** One patent family from its line: the publication number, the countries, the expiry. */
  patentFamily(parts: Span[]): MapNode | undefined {
    const whole = cover(parts)!;
    const number = this.find(parts, (text) => [...text.matchAll(PATENT_NUMBER)].map((m) => found(m, m[0])))[0];
    let familySpan: Span;
    if (number) {
      familySpan = { start: number.start, end: number.end };
      const paren = /^\s*\([^()\n]{1,80}\)/.exec(this.text.slice(number.end, whole.end));
      if (paren) familySpan.end = number.end + paren[0].length;
    } else {
      const written = this.text.slice(whole.start, whole.end);
      const cut = /\s*(?::|—|–|;| - |,? covering\b|,? filed\b|,? in\b)/i.exec(written);
      let end = cut ? cut.index : written.length;
      // A cut inside brackets ("授权 (granted in China …)") ends the name before them.
      const open = written.lastIndexOf('(', end);
      const close = open < 0 ? -1 : written.indexOf(')', open);
      if (open >= 0 && (close < 0 || close >= end)) end = open;
      familySpan = trimSpan(this.text, { start: whole.start, end: whole.start + end });
    }
    const entries: Entry[] = [this.entry('family', familySpan, this.prose([familySpan], familySpan.start))];
    const named = this.find(parts, findPlacesAndOffices);
    // Prose that opens with the places ("CN, US, EP, JP granted; …") names no family apart from them: every place is a jurisdiction.
    const opensWithPlaces = !number && named[0]?.start === familySpan.start;
    const places = opensWithPlaces ? named : named.filter((place) => place.end <= familySpan.start || place.start >= familySpan.end);
    if (places.length > 0) {
      const items = places.map((place) => this.scalar(place.text, place));
      entries.push(this.entry('jurisdictions', cover(places)!, this.list(items, cover(places)!)));
    }
    const expiry = this.find(parts, (text) => {
      const word = /\b(?:expir\w*|until|through|lapses?|term (?:to|through))\b/i.exec(text);
      return word ? findDates(text.slice(word.index), { years: true }).map((d) => ({ ...d, start: d.start + word.index, end: d.end + word.index })) : [];
    })[0];
    if (expiry) entries.push(this.entry('expiry', expiry, this.scalar(Number.isInteger(Number(expiry.text)) ? Number(expiry.text) : expiry.text, expiry)));
    return this.map(entries, whole);
  }

  /** One trial from its description: phase, patients enrolled, control and design. */
  trial(parts: Span[]): MapNode | undefined {
    const whole = cover(parts)!;
    const entries: Entry[] = [];
    const phase = this.find(parts, (text) => [...text.matchAll(/\bphase\s*(1|2|3|i{1,3})\b/gi)].map((m) => found(m, romanOrNumber(m[1]))))[0];
    if (phase) entries.push(this.entry('phase', phase, this.scalar(phase.value, phase)));
    const enrolled = this.find(parts, (text) =>
      [...text.matchAll(/\b(\d+)\s+(?:patients|subjects|participants)\b|\bn\s*=\s*(\d+)\b/gi)].map((m) => found(m, Number(m[1] ?? m[2]))),
    )[0];
    if (enrolled) entries.push(this.entry('enrolled', enrolled, this.scalar(enrolled.value, enrolled)));
    for (const [key, vocabulary] of [
      ['control', 'control'],
      ['design', 'design'],
    ] as const) {
      const match = this.enumPhrase(vocabulary, parts);
      if (match) entries.push(this.entry(key, match, this.scalar(match.value, match)));
    }
    return entries.length > 0 ? this.map(entries, whole) : undefined;
  }
}

type Finder = (text: string) => Array<Found<unknown>>;
/**
 * What may stand between two phrases that say a value together: a comma, a slash, brackets, a dash,
 * "and", "or", "i.e.". A semicolon or a colon starts another statement.
 */
const PHRASE_JOINER = /^[\s,/&()–—-]*(?:(?:and|or|i\.e\.|that is)[\s,]*)?$/i;
const YEARS_TOO = { years: true } as const;
const OFFICES_TOO = { offices: true } as const;
/** A date written as the whole value ("first quarter of 2027", "2027年3月5日") as the value reader reads it, else the dates and years in the prose. */
const findDatesAndYears = (text: string): Array<Found<DateValue>> => {
  const start = text.length - text.trimStart().length;
  const whole = text.trim().replace(/\.$/, '');
  const date = readDate(whole);
  return date ? [{ start, end: start + whole.length, text: whole, value: date }] : findDates(text, YEARS_TOO);
};
const EVERY_LEGAL_FORM = new RegExp(LEGAL_FORM.source, 'gu');
const findPlacesAndOffices = (text: string) => findPlaces(text, OFFICES_TOO);

const DAYS_KEYS: Readonly<Record<string, string>> = {
  'termination.for_convenience': 'notice_days',
  'termination.for_breach': 'cure_days',
};

// WO2022/118877, PCT/CN2023/123456, US 11,234,567 B2, EP3456789, CN114567890A.
const PATENT_NUMBER = /\b(?:WO|PCT\/[A-Z]{2}|US|EP|CN|JP|KR|IN|AU|CA)\s?\d{2,4}[/,]?\d{3,}(?:[,.]\d{3})*(?:\s?[A-Z]\d?)?\b/g;

/** Words that make the amount after them a threshold (or, for `caps`, a ceiling) rather than a payment. */
/**
 * The amounts of `found` that are paid. With `skipCaps`, a cap stands for the payments listed after it ("up to
 * USD 350M: USD 50M on approval, USD 300M on sales"), except where it says they are only some of it ("up to
 * USD 346M in aggregate, including two milestones of USD 7M each"): then the cap is the payment, once.
 */
function paidAmounts(text: string, found: Array<Found<Money>>, skipCaps: boolean): Array<Found<Money>> {
  const paid: Array<Found<Money>> = [];
  let includedUntil = -1;
  found.forEach((money, i) => {
    if (money.start < includedUntil) return;
    const before = text.slice(Math.max(0, money.start - 48), money.start);
    const next = found[i + 1];
    if (skipCaps && next && isThreshold(before, true) && !isThreshold(before, false) && INCLUDING.test(text.slice(money.end, next.start))) {
      paid.push(money);
      const clauseEnd = text.indexOf(';', money.end);
      includedUntil = clauseEnd < 0 ? text.length : clauseEnd;
    } else if (!isThreshold(before, skipCaps)) paid.push(money);
  });
  return paid;
}

/** A field of use as a grant writes it: "all human therapeutic uses", "the field of oncology". */
const FIELD_IN_GRANT =
  /(?<=\bfor\s+)(?:all\s+)?(?:human\s+)?(?:therapeutic|diagnostic|prophylactic|pharmaceutical|medical)(?:(?:,\s*|\s+(?:and|or)\s+)(?:therapeutic|diagnostic|prophylactic))*\s+(?:uses?|purposes?)(?:\s+in\s+humans)?|(?<=\bin\s+the\s+field\s+of\s+)[^.;,()]{3,80}/gi;

/** Words after a total that say what follows is part of it, not all of it. */
const INCLUDING = /\b(?:including|includes|of\s+which|among\s+which|incl\.)/i;

function isThreshold(before: string, caps: boolean): boolean {
  const clause = before.split(/[;:]|\.\s/).at(-1) ?? '';
  if (
    /(?:exceed\w*|above|over|more than|greater than|in excess of|reach\w*|at least|surpass\w*|net sales(?: of)?|revenues?(?: of)?|sales of|below|under|less than)\s*$/i.test(
      clause,
    )
  )
    return true;
  return caps && /\b(?:up to|aggregate(?: of)?|total(?:ling|ing)?(?: of)?|in total)\s*$/i.test(clause) && /\b(?:up to|aggregate|total)/i.test(clause);
}

function depth(text: string): number {
  let level = 0;
  for (const char of text) {
    if (char === '(') level++;
    else if (char === ')' && level > 0) level--;
  }
  return level;
}

function romanOrNumber(text: string): number {
  const lower = text.toLowerCase();
  return lower === 'i' ? 1 : lower === 'ii' ? 2 : lower === 'iii' ? 3 : Number(text);
}

function found<T>(m: RegExpMatchArray, value: T): Found<T> {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, text: m[0], value };
}

/** The smallest span covering the entries' keys and values ({0, 0} for none). */
function coverOfEntries(entries: readonly Entry[]): Span {
  if (entries.length === 0) return { start: 0, end: 0 };
  let start = Infinity;
  let end = -Infinity;
  for (const { keyRange, value } of entries) {
    start = Math.min(start, keyRange.start.offset, value.range.start.offset);
    end = Math.max(end, keyRange.end.offset, value.range.end.offset);
  }
  return { start, end };
}

/** A table cell as read: its node, and where its text starts. */
export interface ReadCell {
  node: ModelNode;
  start: number;
}

function offsets(range: { start: { offset: number }; end: { offset: number } }): Span {
  return { start: range.start.offset, end: range.end.offset };
}

export { offsets as spanOf };
