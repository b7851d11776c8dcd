/**
 * Numerals as Chinese reports write them: Arabic digits (half- or full-width, with thousands
 * separators and decimals) and Chinese numerals (三十五, 一百零五, 二十五点六六万, 二〇一五).
 */

/** Value of each Chinese digit, Simplified, Traditional and financial forms alike. */
const chineseDigits: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '○': 0,
  一: 1, 壹: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Place values below 万: they multiply the digit before them. */
const chineseSmallPlaces: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};

/** Place values that close a section (一百二十万 = 120 × 10⁴). */
const chineseBigPlaces: Readonly<Record<string, number>> = {
  万: 4, 萬: 4, 亿: 8, 億: 8,
};

const chineseDecimalPoints = new Set(['点', '點']);

export function isChineseDigit(char: string): boolean {
  return char in chineseDigits;
}

export function isChinesePlace(char: string): boolean {
  return char in chineseSmallPlaces || char in chineseBigPlaces;
}

/** A character that can stand inside a Chinese numeral. */
export function isChineseNumeralChar(char: string): boolean {
  return isChineseDigit(char) || isChinesePlace(char) || chineseDecimalPoints.has(char);
}

/** Power of ten a multiplier character stands for after Arabic digits (25.66万 → 4), or undefined. */
export function multiplierExponent(char: string): number | undefined {
  if (char in chineseBigPlaces) return chineseBigPlaces[char];
  const small = chineseSmallPlaces[char];
  return small === undefined ? undefined : Math.round(Math.log10(small));
}

/**
 * Full-width digits, point, percent sign and tilde to their ASCII forms, one character for one,
 * so offsets into the normalised text are offsets into the original.
 */
export function normaliseWidth(text: string): string {
  return text.replace(/[０-９．％～－]/g, (char) => {
    const code = char.charCodeAt(0);
    return String.fromCharCode(code - 0xfee0);
  });
}

/**
 * Multiplies a decimal string by 10^exponent without floating-point error, so 720.4亿 is exactly
 * 72040000000 and not 72040000000.00001.
 */
export function scaleDecimal(decimal: string, exponent: number): number {
  const [whole = '0', fraction = ''] = decimal.replace(/,/g, '').split('.');
  const digits = whole + fraction;
  const pointAt = whole.length + exponent;
  if (pointAt <= 0) return Number(`0.${'0'.repeat(-pointAt)}${digits}`);
  if (pointAt >= digits.length) return Number(digits + '0'.repeat(pointAt - digits.length));
  return Number(`${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`);
}

/**
 * Reads a Chinese numeral such as 三十五 (35), 一百零五 (105), 两千 (2000), 二十五点六六万 (256600)
 * or 百 (100). Returns undefined when the characters do not form a number (十二五, 一二三), which is
 * how Chinese writes slogans and plan names rather than quantities.
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  const pointIndex = [...numeral].findIndex((char) => chineseDecimalPoints.has(char));
  if (pointIndex >= 0) return parseChineseDecimal(numeral, pointIndex);
  return parseChineseInteger(numeral);
}

/** 二十五点六六万: integer part, fraction digits, then at most one closing 万/亿. */
function parseChineseDecimal(numeral: string, pointIndex: number): number | undefined {
  const chars = [...numeral];
  const whole = parseChineseInteger(chars.slice(0, pointIndex).join(''));
  if (whole === undefined || !Number.isInteger(whole)) return undefined;
  let fraction = '';
  let index = pointIndex + 1;
  for (; index < chars.length; index += 1) {
    const digit = chineseDigits[chars[index] ?? ''];
    if (digit === undefined) break;
    fraction += String(digit);
  }
  if (fraction === '') return undefined;
  let exponent = 0;
  for (; index < chars.length; index += 1) {
    const big = chineseBigPlaces[chars[index] ?? ''];
    if (big === undefined) return undefined;
    exponent += big;
  }
  return scaleDecimal(`${whole}.${fraction}`, exponent);
}

function parseChineseInteger(numeral: string): number | undefined {
  const chars = [...numeral];
  if (chars.length === 0) return undefined;
  if (chars.every(isChineseDigit)) return parseDigitByDigit(chars);

  let total = 0; // sections already closed by 亿
  let tenThousands = 0; // the part closed by 万 inside the current 亿 section
  let section = 0; // below 万
  let digit: number | undefined;
  let previousWasDigit = false;
  let lastSmallPlace = Infinity;
  for (const char of chars) {
    const value = chineseDigits[char];
    if (value !== undefined) {
      // Two digits in a row (十二五) is a name, not a number; 零 only marks a gap (一百零五).
      if (previousWasDigit && digit !== 0 && value !== 0) return undefined;
      digit = value;
      previousWasDigit = true;
      continue;
    }
    previousWasDigit = false;
    const small = chineseSmallPlaces[char];
    if (small !== undefined) {
      if (small >= lastSmallPlace) return undefined;
      lastSmallPlace = small;
      // 十 alone and 百 alone mean one ten, one hundred.
      section += (digit === undefined || (digit === 0 && section === 0) ? 1 : digit) * small;
      digit = undefined;
      continue;
    }
    const big = chineseBigPlaces[char];
    if (big === undefined) return undefined;
    const sectionValue = section + (digit ?? 0);
    if (big === 8) {
      // 亿 alone is one hundred million.
      total = ((total + tenThousands + sectionValue) || 1) * 1e8;
      tenThousands = 0;
    } else {
      tenThousands += (sectionValue || 1) * 1e4;
    }
    section = 0;
    digit = undefined;
    lastSmallPlace = Infinity;
  }
  return total + tenThousands + section + (digit ?? 0);
}

/** 二〇一五 → 2015: digits without place values, as years are written. */
function parseDigitByDigit(chars: readonly string[]): number | undefined {
  if (chars.length === 1) return chineseDigits[chars[0] ?? ''];
  // 一二三 is a list; a run holding a zero (二〇一五) or four long (一九五一) reads digit by digit.
  if (chars.length !== 4 && !chars.some((char) => chineseDigits[char] === 0)) return undefined;
  return Number(chars.map((char) => String(chineseDigits[char])).join(''));
}

/** Whether a run of Chinese numeral characters holds only place values (百, 千万): a bare magnitude. */
export function isBareMagnitude(numeral: string): boolean {
  return [...numeral].every((char) => char in chineseSmallPlaces || char in chineseBigPlaces) &&
    !numeral.startsWith('十') && !numeral.startsWith('拾');
}

/** Whether a run is digits only (二〇一五, 一九五一), the way years are spelled. */
export function isDigitByDigit(numeral: string): boolean {
  const chars = [...numeral];
  return chars.length > 1 && chars.every(isChineseDigit);
}
