/**
 * The proof check: can a figure's value, in its unit, be read from the words it quotes?
 */
import type { Qualifier } from './qualifiers.ts';
import { readChineseNumbers } from './read.ts';
import type { ChineseNumber } from './types.ts';
import { parseUnit, unitsAgree } from './units.ts';

export interface ExpectedNumber {
  /** The figure's value, in `unit`. */
  value: number;
  /** The figure's unit as its record writes it: "人", "元", "万元", "%". */
  unit: string;
  /** When given, the quote must qualify the number the same way (8万多名 is more-than). */
  qualifier?: Qualifier;
}

export type QuoteReading =
  | { ok: true; number: ChineseNumber }
  | { ok: false; numbers: ChineseNumber[]; message: string };

const qualifierNames: Readonly<Record<Qualifier, string>> = {
  exact: '确数 exact',
  about: '约数 about',
  'more-than': '多于 more-than',
  'at-least': '不少于 at-least',
};

/**
 * Whether `quote` states `expected`: some number in it has the same value in the same unit
 * (25.66万 proves 256600 人 through the noun 人口; 720.4亿元 proves 72040000000 元 or 720.4 亿元;
 * 名 proves 人; 家 or 所 proves 个). Either end of a range proves a value. On failure the message
 * says, Chinese first, what the quote does say.
 */
export function readNumberFromQuote(quote: string, expected: ExpectedNumber): QuoteReading {
  const wanted = parseUnit(expected.unit);
  const target = expected.value * 10 ** wanted.exponent;
  const numbers = readChineseNumbers(quote).filter((number) => number.kind !== 'year' && number.kind !== 'date');
  const sameValue = numbers.filter((number) => sameNumber(number.value, target) ||
    (number.upper !== undefined && sameNumber(number.upper, target)));
  const proving = sameValue.filter((number) => unitsAgree(wanted, number.unit));
  const wantedText = `${formatValue(expected.value)} ${expected.unit}`;

  const exactMatch = proving.find((number) => expected.qualifier === undefined || number.qualifier === expected.qualifier);
  if (exactMatch !== undefined) return { ok: true, number: exactMatch };
  const [qualified] = proving;
  if (qualified !== undefined && expected.qualifier !== undefined) {
    return {
      ok: false,
      numbers,
      message:
        `引文写"${qualified.text}"(${qualifierNames[qualified.qualifier]}),数据写 ${qualifierNames[expected.qualifier]};` +
        `请改正 qualifier。 / The quote says "${qualified.text}" (${qualified.qualifier}) but the figure is ` +
        `${expected.qualifier}: correct the qualifier.`,
    };
  }
  const [otherUnit] = sameValue;
  if (otherUnit !== undefined) {
    const unitRead = otherUnit.unit === '' ? '无单位 no unit' : otherUnit.unit;
    return {
      ok: false,
      numbers,
      message:
        `引文中"${otherUnit.text}"的数值相同,但单位是 ${unitRead},不是 ${expected.unit};请改正 unit。 / ` +
        `"${otherUnit.text}" in the quote has the value but its unit is ${unitRead}, not ${expected.unit}: correct the unit.`,
    };
  }
  const read = numbers.length === 0 ? '(无 / none)' : numbers.map(describeNumber).join(';');
  return {
    ok: false,
    numbers,
    message:
      `引文中读不到 ${wantedText};读到的数字:${read}。请核对 value、unit 或 quote。 / ` +
      `The quote does not state ${wantedText}; the numbers it reads are: ${read}. Check value, unit or quote.`,
  };
}

/** "25.66万 → 256600 人" — what the reader made of a number, for an editor. */
export function describeNumber(number: ChineseNumber): string {
  const unit = number.unit === '' ? '' : ` ${number.unit}`;
  const range = number.upper === undefined ? '' : `–${formatValue(number.upper)}`;
  const qualifier = number.qualifier === 'exact' ? '' : ` (${number.qualifier})`;
  return `"${number.text}" → ${formatValue(number.value)}${range}${unit}${qualifier}`;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

/** Equal to twelve significant digits: 25.66 × 10⁴ in floating point is 256600.00000000003. */
function sameNumber(read: number, target: number): boolean {
  if (read === target) return true;
  const scale = Math.max(Math.abs(read), Math.abs(target));
  return Math.abs(read - target) <= scale * 1e-12;
}
