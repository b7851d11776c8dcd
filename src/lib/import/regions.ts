/**
 * Guesses the regions a report covers from the place names it writes, in either script, against
 * every division of mainland China. A name that can mean several divisions is resolved by the
 * places the text names for certain (新城区 in a text naming 呼和浩特 is 呼和浩特's); what stays
 * open is handed to the editor, never guessed.
 */
import { toSimplified } from '../script-convert.ts';
import { divisionByCode, type Division } from './divisions.ts';
import { findPlaceNames, type NameMention, type NameReading } from './place-names.ts';

/** A division the text names. */
export interface FoundRegion {
  readonly division: Division;
  /** How often the text names it (0 for a prefecture added for its counties). */
  readonly mentions: number;
}

/** A name the text uses that can mean several divisions, none of them certain. */
export interface AmbiguousName {
  readonly name: string;
  readonly mentions: number;
  readonly candidates: readonly Division[];
}

/** The guess: the regions the report covers, main first; others it names; names left open. */
export interface RegionGuess {
  readonly regions: readonly FoundRegion[];
  /** Places named in passing (a partner city, a market): not listed, shown to the editor. */
  readonly alsoNamed: readonly FoundRegion[];
  readonly ambiguous: readonly AmbiguousName[];
}

interface Tally {
  division: Division;
  mentions: number;
  firstAt: number;
}

/** The prefecture a division belongs to, or its province where no prefecture is between. */
const familyOf = (division: Division): string => division.prefecture ?? division.province;

class Resolution {
  readonly found = new Map<string, Tally>();
  /** Codes of the divisions found and of the prefectures and provinces they lie in. */
  readonly context = new Set<string>();

  add(division: Division, at: number): void {
    const tally = this.found.get(division.code);
    if (tally) {
      tally.mentions += 1;
      tally.firstAt = Math.min(tally.firstAt, at);
    } else this.found.set(division.code, { division, mentions: 1, firstAt: at });
    for (const code of [division.code, division.prefecture, division.province]) if (code) this.context.add(code);
  }

  /** Whether a reading may count, given the places the text names for certain. */
  supports({ division, strength, onceNamed }: NameReading): boolean {
    if (this.found.has(division.code)) return true;
    if (onceNamed === true) return false;
    if (strength === 'certain') return true;
    if (strength === 'county') return this.context.has(division.province) || this.context.has(familyOf(division));
    return this.context.has(division.level === 'county' ? familyOf(division) : division.province);
  }
}

const distinct = (readings: readonly NameReading[]): Division[] => [
  ...new Map(readings.map((r) => [r.division.code, r.division])).values(),
];

/** What one mention can mean given what is known: one division, several, or none. */
function candidatesOf(mention: NameMention, resolution: Resolution): Division[] {
  const supported = distinct(mention.readings.filter((r) => (mention.apart || r.strength !== 'weak') && resolution.supports(r)));
  if (supported.length <= 1) return supported;
  // The closest context decides: a named prefecture before a named province.
  const inPrefecture = supported.filter((d) => d.prefecture !== undefined && resolution.context.has(d.prefecture));
  if (inPrefecture.length > 0) return inPrefecture;
  const inProvince = supported.filter((d) => resolution.context.has(d.province));
  return inProvince.length > 0 ? inProvince : supported;
}

/** Resolves what can be resolved; returns the mentions left. */
function settle(pending: readonly NameMention[], resolution: Resolution): NameMention[] {
  let left = [...pending];
  // Each mention resolved may name the prefecture that settles another: repeat until nothing moves.
  for (let changed = true; changed; ) {
    changed = false;
    left = left.filter((mention) => {
      const [only, ...others] = candidatesOf(mention, resolution);
      if (only === undefined || others.length > 0) return true;
      resolution.add(only, mention.at);
      changed = true;
      return false;
    });
  }
  return left;
}

interface Resolved {
  resolution: Resolution;
  left: NameMention[];
  /** Whether the text named no province or prefecture, so county names were taken alone. */
  countiesAlone: boolean;
}

function resolve(mentions: readonly NameMention[], headline: ReadonlySet<string>): Resolved {
  const resolution = new Resolution();
  // The headline (title, publisher) names the report's own place: a county named there counts
  // without its prefecture beside it.
  const pending = mentions.filter((mention) => {
    const [only, ...others] = distinct(mention.readings);
    const sure = headline.has(mention.name) ? mention.readings.some((r) => r.strength !== 'weak') : mention.readings.every((r) => r.strength === 'certain');
    if (only === undefined || others.length > 0 || !sure) return true;
    resolution.add(only, mention.at);
    return false;
  });
  let left = settle(pending, resolution);
  const countiesAlone = resolution.found.size === 0;
  if (countiesAlone) {
    // A text naming no province or prefecture at all: its county names are all there is.
    left = left.filter((mention) => {
      const [only, ...others] = distinct(mention.readings.filter((r) => r.strength !== 'weak'));
      if (only === undefined || others.length > 0) return true;
      resolution.add(only, mention.at);
      return false;
    });
    left = settle(left, resolution);
  }
  return { resolution, left, countiesAlone };
}

function ambiguousNames({ left, resolution, countiesAlone }: Resolved): AmbiguousName[] {
  const open = new Map<string, { mentions: number; candidates: Division[] }>();
  for (const mention of left) {
    const supported = candidatesOf(mention, resolution);
    const candidates = countiesAlone && supported.length < 2 ? distinct(mention.readings.filter((r) => r.strength !== 'weak')) : supported;
    if (candidates.length < 2 || candidates.every((d) => resolution.found.has(d.code))) continue;
    const entry = open.get(mention.name) ?? { mentions: 0, candidates };
    entry.mentions += 1;
    open.set(mention.name, entry);
  }
  return [...open].map(([name, { mentions, candidates }]) => ({ name, mentions, candidates }));
}

// A prefecture (with its counties) named less than this share of the main one's mentions is
// named in passing: a partner city, a market, a bank's branch.
const PASSING_SHARE = 0.25;
const LEVEL_RANK: Record<Division['level'], number> = { county: 0, prefecture: 1, province: 2 };

/**
 * Guesses a report's regions.
 * @param text everything the report says (title, body, publisher), in either script
 * @param headline the title, subtitle and publisher: the most specific region they name is the
 *   main one (a county's report names its county there); otherwise the prefecture named most,
 *   counting its counties
 */
export function guessRegions(text: string, headline = ''): RegionGuess {
  const headlineMentions = findPlaceNames(toSimplified(headline));
  const resolved = resolve(findPlaceNames(toSimplified(text)), new Set(headlineMentions.map((m) => m.name)));
  const { resolution } = resolved;
  const found = [...resolution.found.values()];
  const weightOf = (family: string) => found.filter((t) => familyOf(t.division) === family).reduce((sum, t) => sum + t.mentions, 0);
  const firstOf = (family: string) => Math.min(...found.filter((t) => familyOf(t.division) === family).map((t) => t.firstAt));

  const named = headlineMentions
    .flatMap((mention) => distinct(mention.readings).filter((d) => resolution.found.has(d.code)))
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  const families = [...new Set(found.map((t) => familyOf(t.division)))].sort((a, b) => weightOf(b) - weightOf(a) || firstOf(a) - firstOf(b));
  const mainFamily = named[0] === undefined ? families[0] : familyOf(named[0]);
  if (mainFamily === undefined) return { regions: [], alsoNamed: [], ambiguous: ambiguousNames(resolved) };
  const threshold = Math.max(2, weightOf(mainFamily) * PASSING_SHARE);
  const kept = new Set(families.filter((family) => family === mainFamily || weightOf(family) >= threshold));

  const tallyOf = (division: Division): FoundRegion => resolution.found.get(division.code) ?? { division, mentions: 0 };
  const heads = [...kept].flatMap((family) => {
    const head = resolution.found.get(family)?.division ?? divisionByCode(family);
    // A province is listed only for a report about the whole province: its prefectures are the regions otherwise.
    return head === undefined || (head.level === 'province' && !resolution.found.has(family)) ? [] : [head];
  });
  const counties = found
    .filter((t) => t.division.level === 'county' && kept.has(familyOf(t.division)))
    .sort((a, b) => a.firstAt - b.firstAt)
    .map((t) => t.division);
  const provinces = found.filter((t) => t.division.level === 'province' && !kept.has(t.division.code)).map((t) => t.division);
  const listed = [...heads, ...counties];
  const main = named.find((d) => kept.has(familyOf(d))) ?? listed[0] ?? provinces[0];
  const regions = [...(main ? [main] : []), ...listed.filter((d) => d !== main)];
  if (regions.length === 0 && main === undefined) return { regions: [], alsoNamed: [], ambiguous: ambiguousNames(resolved) };
  const listedCodes = new Set(regions.map((d) => d.code));
  return {
    regions: regions.map(tallyOf),
    alsoNamed: found
      .filter((t) => !listedCodes.has(t.division.code))
      .sort((a, b) => a.firstAt - b.firstAt)
      .map(({ division, mentions }) => ({ division, mentions })),
    ambiguous: ambiguousNames(resolved),
  };
}
