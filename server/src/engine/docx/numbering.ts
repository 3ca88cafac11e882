import { child, childValue, elements, type XmlElement } from './xml';

/** One level of a list definition (`w:lvl`). */
interface Level {
  start: number;
  format: string;
  /** `%1.%2` and the like: `%n` is level n's number. */
  text: string;
  /** `w:lvlRestart`: the level (1-based) whose new number restarts this one; 0 never restarts; absent: any shallower level. */
  restartAfter?: number;
}

interface NumberingInstance {
  abstractId: string;
  /** `w:lvlOverride/w:startOverride`, by level. */
  startOverrides: Map<number, number>;
  /** Levels that the instance redefines (`w:lvlOverride/w:lvl`). */
  levels: Map<number, Level>;
}

/**
 * Word's automatic numbering, counted as Word counts it: the number a paragraph shows ("7.(a)",
 * "iii.", a bullet) is in no run of text, only in `numbering.xml` and the paragraph's place.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, NumberingInstance>();
  /** Counters by abstract definition: instances of one definition continue one another, as in Word. */
  private readonly counters = new Map<string, number[]>();
  /** Instances whose start overrides have been applied (on their first paragraph). */
  private readonly started = new Set<string>();

  constructor(numbering: XmlElement | undefined) {
    if (!numbering) return;
    for (const element of elements(numbering)) {
      if (element.name === 'w:abstractNum') {
        this.abstracts.set(element.attributes['w:abstractNumId'], readLevels(element));
      } else if (element.name === 'w:num') {
        const abstractId = childValue(element, 'w:abstractNumId');
        if (abstractId === undefined) continue;
        const instance: NumberingInstance = { abstractId, startOverrides: new Map(), levels: new Map() };
        for (const override of elements(element).filter((node) => node.name === 'w:lvlOverride')) {
          const level = Number(override.attributes['w:ilvl'] ?? 0);
          const start = childValue(override, 'w:startOverride');
          if (start !== undefined) instance.startOverrides.set(level, Number(start));
          const redefined = child(override, 'w:lvl');
          if (redefined) instance.levels.set(level, readLevel(redefined));
        }
        this.instances.set(element.attributes['w:numId'], instance);
      }
    }
  }

  /**
   * The label of the next paragraph numbered with `numId` at `level`, advancing the count: "7.(a)",
   * or "-" for a bullet. Undefined for numbering that shows nothing (`numId` 0, an unknown list).
   */
  next(numId: string, level: number): { label: string; bullet: boolean } | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const levelOf = (depth: number): Level | undefined => instance.levels.get(depth) ?? this.abstracts.get(instance.abstractId)?.get(depth);
    const own = levelOf(level);
    if (!own) return undefined;
    let counters = this.counters.get(instance.abstractId);
    if (!counters) this.counters.set(instance.abstractId, (counters = []));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // An instance with a start override begins its list anew.
      for (const [depth, start] of instance.startOverrides) counters[depth] = start - 1;
    }
    counters[level] = (counters[level] ?? (levelOf(level)?.start ?? 1) - 1) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter > 0 && restartAfter <= level + 1)) counters[deeper] = (levelOf(deeper)?.start ?? 1) - 1;
    }
    if (own.format === 'bullet') return { label: '-', bullet: true };
    if (own.format === 'none') return undefined;
    const label = own.text.replace(/%(\d)/g, (_, digit: string) => {
      const depth = Number(digit) - 1;
      const shown = levelOf(depth);
      return formatNumber(counters[depth] ?? shown?.start ?? 1, depth === level ? own.format : (shown?.format ?? 'decimal'));
    });
    return label.trim() === '' ? undefined : { label: label.trim(), bullet: false };
  }
}

function readLevels(abstractNum: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const element of elements(abstractNum)) if (element.name === 'w:lvl') levels.set(Number(element.attributes['w:ilvl'] ?? 0), readLevel(element));
  return levels;
}

function readLevel(lvl: XmlElement): Level {
  const restart = childValue(lvl, 'w:lvlRestart');
  return {
    start: Number(childValue(lvl, 'w:start') ?? 1),
    format: childValue(lvl, 'w:numFmt') ?? 'decimal',
    text: childValue(lvl, 'w:lvlText') ?? '',
    ...(restart !== undefined ? { restartAfter: Number(restart) } : {}),
  };
}

/** A counter as a level's format shows it. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

/** Word's letters: a … z, then aa … zz. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value >= 4000) return String(value);
  const numerals: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let written = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      written += numeral;
      rest -= amount;
    }
  }
  return written;
}
