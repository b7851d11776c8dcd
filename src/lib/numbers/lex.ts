/**
 * The pieces of a written number: the numeral itself, then what follows it (magnitude, qualifier,
 * unit, per-unit, trailing qualifier).
 */
import { isChineseNumeralChar, isDigitByDigit, multiplierExponent, parseChineseNumeral } from './numerals.ts';
import { qualifierAfter, qualifierInside, type Qualifier } from './qualifiers.ts';
import { normalisePerUnit, perUnitAt, unitAt, type UnitEntry } from './units.ts';

export interface Numeral {
  start: number;
  end: number;
  /** The value as a decimal string ("25.66"; a Chinese numeral's value, "35"). */
  digits: string;
  chinese: boolean;
  /** The Chinese characters themselves, "" for Arabic digits. */
  run: string;
  /** 二〇一五: digits spelled one by one, as years are. */
  spelled: boolean;
}

export interface Tail {
  end: number;
  /** Power of ten written after Arabic digits (万 → 4, 亿 → 8, 千万 → 7). */
  exponent: number;
  /** Magnitude, unit and per-unit as the text writes them ("亿元", "萬人", "元/畝"). */
  written: string;
  entry: UnitEntry | undefined;
  /** Normalised per-unit ("/亩"), or "". */
  per: string;
  qualifier: Qualifier | undefined;
}

/** `text` is the width-normalised text; only Arabic digits and Chinese numerals start a numeral. */
export function numeralAt(text: string, index: number): Numeral | undefined {
  const arabic = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(text.slice(index, index + 40));
  if (arabic !== null) {
    if (/\d/.test(text[index - 1] ?? '')) return undefined;
    let digits = arabic[0];
    // Reports often use "," as their clause comma: only exact three-digit groups after at most
    // three digits read as a thousands separator (1,234 yes; 2015,2016 no).
    if (digits.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) {
      digits = digits.slice(0, digits.indexOf(','));
    }
    return { start: index, end: index + digits.length, digits: digits.replace(/,/g, ''), chinese: false, run: '', spelled: false };
  }
  const first = text[index] ?? '';
  if (!isChineseNumeralChar(first) || first === '点' || first === '點') return undefined;
  if (index > 0 && isChineseNumeralChar(text[index - 1] ?? '')) return undefined;
  let end = index;
  while (end < text.length && isChineseNumeralChar(text[end] ?? '')) end += 1;
  // A trailing 点 is "o'clock" or a point with nothing after it: not part of the numeral.
  while (end > index && (text[end - 1] === '点' || text[end - 1] === '點')) end -= 1;
  const run = text.slice(index, end);
  const value = parseChineseNumeral(run);
  // 十二五, 一二三: a run that is no number is skipped whole.
  if (value === undefined) return { start: index, end, digits: '', chinese: true, run, spelled: false };
  return { start: index, end, digits: String(value), chinese: true, run, spelled: isDigitByDigit(run) };
}

/** What follows a numeral. `input` is the original text, `text` its width-normalised twin. */
export function readTail(input: string, text: string, numeral: Numeral): Tail {
  let position = numeral.end;
  let exponent = 0;
  let written = '';
  let entry: UnitEntry | undefined;
  let qualifier: Qualifier | undefined;
  while (position < text.length) {
    entry = unitAt(text, position, numeral.chinese);
    if (entry !== undefined) {
      written += input.slice(position, position + entry.written.length);
      position += entry.written.length;
      break;
    }
    // Chinese numerals carry their magnitude inside the run (三十五万).
    const step = numeral.chinese ? undefined : multiplierExponent(text[position] ?? '');
    if (step !== undefined) {
      exponent += step;
      written += input[position] ?? '';
      position += 1;
      continue;
    }
    const inner = qualifier === undefined ? qualifierInside(text, position) : undefined;
    // 10来个 is "about ten", but in 2万来自 the 来 belongs to the next word.
    if (inner !== undefined && (inner.qualifier !== 'about' || unitAt(text, position + inner.length, numeral.chinese))) {
      qualifier = inner.qualifier;
      position += inner.length;
      continue;
    }
    break;
  }
  // A qualifier with nothing after it is the next word's (2020多 is not "more than 2020").
  if (entry === undefined && exponent === 0 && qualifier !== undefined) {
    position = numeral.end;
    qualifier = undefined;
  }
  let per = '';
  if (entry !== undefined) {
    const perWritten = perUnitAt(text, position);
    if (perWritten !== undefined) {
      written += input.slice(position, position + perWritten.length);
      position += perWritten.length;
      per = normalisePerUnit(perWritten);
    }
    const trailing = qualifierAfter(text, position);
    if (trailing !== undefined) {
      position += trailing.length;
      qualifier ??= trailing.qualifier;
    }
  }
  return { end: position, exponent, written, entry, per, qualifier };
}
