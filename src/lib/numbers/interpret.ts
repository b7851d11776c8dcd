/**
 * Turns a numeral and its tail into a number-with-unit, or decides it is none: idioms (一户不落),
 * slogans (“五个一批”), ordinals (第一), lost characters (20156月) and bare magnitudes (千家万户).
 */
import type { Numeral, Tail } from './lex.ts';
import { isBareMagnitude, scaleDecimal } from './numerals.ts';
import { qualifierBefore } from './qualifiers.ts';
import type { ChineseNumber, NumberKind } from './types.ts';

const openingQuotes = new Set(['“', '「', '『', '"', '‘']);
const vagueBefore = new Set(['数', '數', '几', '幾', '若']);

/** Nouns that say what an unwritten unit counts: 45.35万贫困人口, 1.72萬貧困戶. */
const impliedNouns: readonly (readonly [string, string])[] = [
  ['人口', '人'], ['群众', '人'], ['群眾', '人'], ['农牧民', '人'], ['農牧民', '人'], ['农民', '人'],
  ['農民', '人'], ['人员', '人'], ['人員', '人'], ['劳动力', '人'], ['勞動力', '人'], ['学生', '人'],
  ['學生', '人'], ['妇女', '人'], ['婦女', '人'], ['游客', '人'], ['遊客', '人'], ['民工', '人'],
  ['户', '户'], ['戶', '户'],
];
/** Nouns right before a number that make it a sum of money: 资金3.2亿, 捐资100万. */
const moneyNouns = [
  '资金', '資金', '投资', '投資', '捐资', '捐資', '贷款', '貸款', '收入', '产值', '產值', '销售额', '銷售額', '金额', '金額',
];
const clauseEnd = /[,，。;；、:：!！?？()（）“”"「」\s\d]/;

export interface InterpretOptions {
  /** Inside a range (一到两期) a lone 一 or a bare magnitude is a real bound. */
  inRange?: boolean;
}

export function interpret(
  input: string,
  text: string,
  numeral: Numeral,
  tail: Tail,
  { inRange = false }: InterpretOptions = {},
): ChineseNumber | undefined {
  if (numeral.digits === '') return undefined;
  const bare = numeral.chinese && isBareMagnitude(numeral.run);
  if (numeral.chinese && !inRange) {
    // 一户不落, 一村一品, 一人: a lone 一 is idiom far more often than a count.
    if (numeral.run === '一' || numeral.run === '壹') return undefined;
    // “五个一批”, “两个全覆盖”: a number opening a quoted slogan names it, it does not count.
    if (openingQuotes.has(text[numeral.start - 1] ?? '')) return undefined;
    // 数十篇, 几百人: "some tens" states no number.
    if (vagueBefore.has(text[numeral.start - 1] ?? '')) return undefined;
  }
  const before = qualifierBefore(text, numeral.start, bare);
  // 千家万户, 百日攻坚: a bare 百/千/万 counts only after 上, 过, 超, 近 (上万斤, 过亿元).
  if (bare && before === undefined && !inRange) return undefined;

  const entry = tail.entry;
  const hasMagnitude = tail.exponent > 0 || (numeral.chinese && /[万萬亿億]/.test(numeral.run));
  if (entry === undefined && !hasMagnitude) return undefined;

  const kind = kindOf(numeral, tail);
  // Digits spelled one by one (二〇一五) are a year or nothing.
  if (kind === undefined || (numeral.spelled && kind !== 'year')) return undefined;
  // A year or a date takes no 约; 近5年 is "the last five years", not "nearly five".
  const nearlyYears = entry?.unit === '年' && text[numeral.start - 1] === '近';
  const prefix = kind === 'year' || kind === 'date' || nearlyYears ? undefined : before;
  const start = numeral.start - (prefix?.length ?? 0);
  const number: ChineseNumber = {
    text: input.slice(start, tail.end),
    start,
    end: tail.end,
    kind,
    value: scaleDecimal(numeral.digits, numeral.chinese ? 0 : tail.exponent),
    unit: entry === undefined ? '' : entry.unit + tail.per,
    unitWritten: tail.written,
    qualifier: tail.qualifier ?? prefix?.qualifier ?? 'exact',
  };
  return entry === undefined ? withImpliedUnit(text, number) : number;
}

/** Year, date, percent or quantity; undefined for a month or day no calendar has (20156月). */
function kindOf(numeral: Numeral, tail: Tail): NumberKind | undefined {
  const unit = tail.entry?.unit;
  const plain = tail.exponent === 0 && !numeral.digits.includes('.');
  if (unit === '年' && plain && tail.qualifier === undefined &&
      (numeral.spelled || (!numeral.chinese && numeral.digits.length === 4))) {
    return 'year';
  }
  if ((unit === '月' || unit === '日') && plain) {
    const value = Number(numeral.digits);
    return value >= 1 && value <= (unit === '月' ? 12 : 31) ? 'date' : undefined;
  }
  return tail.entry?.group === 'percent' ? 'percent' : 'quantity';
}

/**
 * 25.66万老区贫困人口: no unit written, but the noun after the number says it counts people; in
 * 资金3.2亿 the noun just before it says it is money.
 */
function withImpliedUnit(text: string, number: ChineseNumber): ChineseNumber {
  let stop = number.end;
  while (stop < text.length && stop - number.end < 8 && !clauseEnd.test(text[stop] ?? '')) stop += 1;
  const window = text.slice(number.end, stop);
  let best: { noun: string; unit: string; at: number } | undefined;
  for (const [noun, unit] of impliedNouns) {
    const at = window.indexOf(noun);
    if (at >= 0 && (best === undefined || at < best.at)) best = { noun, unit, at };
  }
  if (best !== undefined) return { ...number, unit: best.unit, impliedBy: best.noun };
  const before = text.slice(Math.max(0, number.start - 4), number.start);
  const money = moneyNouns.find((noun) => before.endsWith(noun));
  return money === undefined ? number : { ...number, unit: '元', impliedBy: money };
}
