/** What the Chinese number reader returns. */
import type { Qualifier } from './qualifiers.ts';

export type { Qualifier } from './qualifiers.ts';

/**
 * quantity: a count, sum or measure; percent: %, ‰, 百分点, 倍; year: 2015年 (a point in time, not
 * a quantity); date: the month or day of a date (7月, 20日); ratio: 3:1 or 三分之一.
 */
export type NumberKind = 'quantity' | 'percent' | 'year' | 'date' | 'ratio';

export interface ChineseNumber {
  /** The words as they stand in the text, qualifiers included ("约1600万元左右", "8万多名"). */
  text: string;
  /** Offset of the first character in the text (UTF-16 code units, as String#slice counts). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  kind: NumberKind;
  /** The value in `unit`, magnitudes applied: 25.66万 → 256600, 720.4亿元 → 72040000000. */
  value: number;
  /** The high end of a range ("4000-5000元": value 4000, upper 5000). */
  upper?: number;
  /** Normalised unit: 元, 人, 名, 户, 个, %, 亩 …; "" when the text gives none. */
  unit: string;
  /** Magnitude and unit as written: "亿元", "萬", "個", "％"; "" when there are none. */
  unitWritten: string;
  /** The noun that gave an unwritten unit: 人口 in "25.66万老区贫困人口" makes the unit 人. */
  impliedBy?: string;
  qualifier: Qualifier;
  /** The two terms of a ratio: 3:1 → [3, 1]; 三分之一 → [1, 3]. */
  terms?: [number, number];
}
