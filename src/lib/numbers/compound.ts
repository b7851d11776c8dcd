/**
 * Numbers written with more than one numeral: ranges (4000-5000元, 5万~10万元, 一到两期), pairs
 * (3000/5000元), ratios (3:1), fractions (三分之一) and 百分之五十.
 */
import { interpret } from './interpret.ts';
import { numeralAt, readTail, type Numeral, type Tail } from './lex.ts';
import { qualifierAfter, qualifierBefore } from './qualifiers.ts';
import type { ChineseNumber, NumberKind } from './types.ts';

export interface ReadResult {
  numbers: ChineseNumber[];
  /** Where scanning goes on. */
  next: number;
}

const rangeSeparators = new Set(['-', '—', '–', '~', '〜', '至', '到']);
const ratioSeparators = new Set([':', '：', '∶']);

/** The first number takes the unit (and magnitude) written after the second: 5~10万元. */
export function readRange(input: string, text: string, first: Numeral, firstTail: Tail): ReadResult | undefined {
  const separator = text[firstTail.end];
  if (separator === undefined || !rangeSeparators.has(separator)) return undefined;
  const second = numeralAt(text, firstTail.end + 1);
  if (second === undefined || second.chinese !== first.chinese) return undefined;
  const secondTail = readTail(input, text, second);
  if (secondTail.entry === undefined && secondTail.exponent === 0) return undefined;
  if (firstTail.entry !== undefined && firstTail.entry.unit !== secondTail.entry?.unit) return undefined;
  const firstShare: Tail = firstTail.entry !== undefined
    ? firstTail
    : {
        ...secondTail,
        end: firstTail.end,
        exponent: firstTail.exponent || secondTail.exponent,
        qualifier: firstTail.qualifier,
      };
  const low = interpret(input, text, first, firstShare, { inRange: true });
  const high = interpret(input, text, second, secondTail, { inRange: true });
  if (low === undefined || high === undefined || high.value <= low.value) return undefined;
  const kind: NumberKind = low.kind === 'year' && high.kind === 'year' ? 'year' : high.kind;
  const number: ChineseNumber = {
    ...high,
    text: input.slice(low.start, high.end),
    start: low.start,
    kind,
    value: low.value,
    upper: high.value,
    qualifier: low.qualifier === 'exact' ? high.qualifier : low.qualifier,
  };
  return { numbers: [number], next: high.end };
}

/** 3000/5000元 ("3000 and 5000 yuan respectively"): two numbers sharing the second's unit. */
export function readSlashPair(input: string, text: string, first: Numeral, firstTail: Tail): ReadResult | undefined {
  if (first.chinese || firstTail.entry !== undefined || firstTail.exponent !== 0 || text[first.end] !== '/') {
    return undefined;
  }
  const second = numeralAt(text, first.end + 1);
  if (second === undefined || second.chinese) return undefined;
  const high = interpret(input, text, second, readTail(input, text, second));
  if (high?.kind !== 'quantity' || high.unit === '') return undefined;
  const low: ChineseNumber = {
    text: input.slice(first.start, first.end),
    start: first.start,
    end: first.end,
    kind: 'quantity',
    value: Number(first.digits),
    unit: high.unit,
    unitWritten: '',
    qualifier: 'exact',
  };
  return { numbers: [low, high], next: high.end };
}

/** 3:1, 1∶2.5: kind ratio, value the quotient. A clock time reads the same way (a known limit). */
export function readRatio(input: string, text: string, first: Numeral): ReadResult | undefined {
  if (first.chinese || !ratioSeparators.has(text[first.end] ?? '')) return undefined;
  const second = numeralAt(text, first.end + 1);
  if (second === undefined || second.chinese || Number(second.digits) === 0) return undefined;
  return ratio(input, first.start, second.end, [Number(first.digits), Number(second.digits)]);
}

/** 三分之一 → 1/3, kind ratio. */
export function readFraction(input: string, text: string, denominator: Numeral): ReadResult | undefined {
  if (!text.startsWith('分之', denominator.end)) return undefined;
  const numerator = numeralAt(text, denominator.end + 2);
  if (numerator === undefined || numerator.digits === '' || Number(denominator.digits) === 0) {
    return { numbers: [], next: denominator.end + 2 };
  }
  return ratio(input, denominator.start, numerator.end, [Number(numerator.digits), Number(denominator.digits)]);
}

function ratio(input: string, start: number, end: number, terms: [number, number]): ReadResult {
  const number: ChineseNumber = {
    text: input.slice(start, end),
    start,
    end,
    kind: 'ratio',
    value: terms[0] / terms[1],
    unit: '',
    unitWritten: '',
    qualifier: 'exact',
    terms,
  };
  return { numbers: [number], next: end };
}

/** 百分之五十 → 50 %, 百分之百 → 100 %, 千分之五 → 5 ‰. */
export function readPerHundred(input: string, text: string, index: number): ReadResult | undefined {
  const written = text.slice(index, index + 3);
  if (written !== '百分之' && written !== '千分之') return undefined;
  const numeral = numeralAt(text, index + 3);
  if (numeral === undefined || numeral.digits === '') return { numbers: [], next: index + 3 };
  const before = qualifierBefore(text, index);
  const after = qualifierAfter(text, numeral.end);
  const start = index - (before?.length ?? 0);
  const end = numeral.end + (after?.length ?? 0);
  const number: ChineseNumber = {
    text: input.slice(start, end),
    start,
    end,
    kind: 'percent',
    value: Number(numeral.digits),
    unit: written === '百分之' ? '%' : '‰',
    unitWritten: written,
    qualifier: after?.qualifier ?? before?.qualifier ?? 'exact',
  };
  return { numbers: [number], next: end };
}
