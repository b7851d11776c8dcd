/**
 * Finds the names of divisions in a text (Simplified; convert Traditional first). Each name a
 * report may write is entered once with every division it can mean, and the text is read
 * longest name first, so 阜新蒙古族自治县 is one mention and not 阜新 followed by other words.
 */
import { allDivisions, type Division } from './divisions.ts';

/**
 * How much a name alone says. certain: a province's name (陕西, 陕西省) or a prefecture's full
 * name (延安市). county: a county's full name of three or more characters (延川县), which may
 * still be a passing mention (解放区 is also the historical term), so it counts where the text
 * names its province or prefecture too. weak: a short name (延川, 朝阳) or a two-character full
 * name (范县, 城区), so often part of ordinary words (示范县, 长治久安, 同心协力) that it counts only
 * beside its own prefecture (a county) or province (a prefecture).
 */
export type NameStrength = 'certain' | 'county' | 'weak';

/** One way a name can be read: the division, and how much the name alone says. */
export interface NameReading {
  readonly division: Division;
  readonly strength: NameStrength;
  /** An abbreviation (阜蒙) counts only once the text has named its division in full (阜蒙县). */
  readonly onceNamed?: boolean;
}

/** One place name found in the text. */
export interface NameMention {
  readonly name: string;
  /** Offset in the text. */
  readonly at: number;
  readonly readings: readonly NameReading[];
  /**
   * Whether the name stands apart from the words around it: an item of a list (阜平、涞水), or
   * before a number, a comma or the end of a line. A weak name counts only so: 延长 in 延长产业链 is the
   * verb "extend", not 延长县.
   */
  readonly apart: boolean;
}

interface ShortReading {
  readonly division: Division;
  /**
   * How the name may be read without a suffix: always; never (阜新 alone is 阜新市, never the
   * county, see buildIndex); or once the division is named in full (阜蒙 after 阜蒙县).
   */
  readonly bare: 'always' | 'never' | 'once-named';
}

interface NameIndex {
  full: Map<string, NameReading[]>;
  short: Map<string, ShortReading[]>;
  /** For each first character of a name, the lengths of the names it starts, longest first. */
  lengthsByStart: Map<string, number[]>;
}

// Only a list's comma before a name sets it apart: after an ordinary comma a clause may open
// with a verb (，延长产业链).
const APART_BEFORE = /^(?:|[、\s])$/u;
const APART_AFTER = /^(?:|[、，,；;。：:）)”"’\s\d和及与等两])$/u;

// A short name directly followed by a division suffix is a division's name, perhaps an older
// one (子长县 is 子长市 since 2019; 阜新县 is how people write 阜新蒙古族自治县): as strong as a full name.
const SUFFIX_LEVELS: Readonly<Record<string, readonly Division['level'][]>> = {
  县: ['county'], 旗: ['county'], 区: ['county'], 市: ['county', 'prefecture'], 盟: ['prefecture'],
};

function fullNameStrength(division: Division): NameStrength {
  if (division.level !== 'county') return 'certain';
  return [...division.name].length >= 3 ? 'county' : 'weak';
}

function strengthOf(division: Division, suffixed: boolean): NameStrength {
  if (division.level === 'province') return 'certain';
  if (suffixed) return fullNameStrength(division);
  return 'weak';
}

function push<T extends { readonly division: Division }>(map: Map<string, T[]>, name: string, reading: T): void {
  const list = map.get(name) ?? [];
  if (!list.some((r) => r.division.code === reading.division.code)) list.push(reading);
  map.set(name, list);
}

function buildIndex(divisions: readonly Division[]): NameIndex {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const full = new Map<string, NameReading[]>();
  const short = new Map<string, ShortReading[]>();
  for (const division of divisions) {
    push(full, division.name, { division, strength: fullNameStrength(division) });
    // 阜蒙 alone could be many things; 阜蒙县 is 阜新蒙古族自治县.
    if (division.abbreviation !== undefined) push(short, division.abbreviation, { division, bare: 'once-named' });
    const name = division.shortName;
    if (name === undefined) continue;
    // A bare name that is also the name of the unit above means that unit: 阜新 is 阜新市, not
    // 阜新蒙古族自治县; 吉林 is the province, not 吉林市. Reports write 阜新县, 吉林市 for the others.
    const above = byCode.get((division.level === 'county' ? division.prefecture : undefined) ?? division.province);
    const meansAbove = above !== undefined && above !== division && (above.shortName === name || above.name === name);
    push(short, name, { division, bare: meansAbove ? 'never' : 'always' });
  }
  const lengthsByStart = new Map<string, number[]>();
  for (const name of new Set([...full.keys(), ...short.keys()])) {
    const lengths = lengthsByStart.get(name.charAt(0)) ?? [];
    if (!lengths.includes(name.length)) lengths.push(name.length);
    lengthsByStart.set(name.charAt(0), lengths);
  }
  for (const lengths of lengthsByStart.values()) lengths.sort((a, b) => b - a);
  return { full, short, lengthsByStart };
}

/** The readings of a name at one place in the text, or undefined when it is no division's name. */
function readingsAt(index: NameIndex, name: string, next: string): NameReading[] | undefined {
  const fullReadings = index.full.get(name) ?? [];
  const shortReadings = index.short.get(name) ?? [];
  if (fullReadings.length === 0 && shortReadings.length === 0) return undefined;
  const levels = SUFFIX_LEVELS[next];
  const suffixed = levels === undefined ? [] : shortReadings.filter((r) => levels.includes(r.division.level));
  if (suffixed.length > 0) return suffixed.map(({ division }) => ({ division, strength: strengthOf(division, true) }));
  const readings = [...fullReadings];
  for (const { division, bare } of shortReadings) {
    if (bare === 'never' || readings.some((r) => r.division.code === division.code)) continue;
    readings.push(bare === 'once-named' ? { division, strength: 'weak', onceNamed: true } : { division, strength: strengthOf(division, false) });
  }
  return readings.length === 0 ? undefined : readings;
}

let index: NameIndex | undefined;

/** Every division name in a text, read left to right, longest name first at each position. */
export function findPlaceNames(text: string): NameMention[] {
  index ??= buildIndex(allDivisions());
  const mentions: NameMention[] = [];
  for (let at = 0; at < text.length; ) {
    let found: NameMention | undefined;
    for (const length of index.lengthsByStart.get(text.charAt(at)) ?? []) {
      if (at + length > text.length) continue;
      const name = text.slice(at, at + length);
      const readings = readingsAt(index, name, text.charAt(at + length));
      if (readings === undefined) continue;
      const apart = APART_BEFORE.test(text.charAt(at - 1)) || APART_AFTER.test(text.charAt(at + length));
      found = { name, at, readings, apart };
      break;
    }
    if (found === undefined) at += 1;
    else {
      mentions.push(found);
      at += found.name.length;
    }
  }
  return mentions;
}
