/**
 * Finds every number-with-unit in a Chinese sentence: 25.66万 → 256600, 720.4亿元 → 72040000000 元,
 * 9.62% → 9.62 %, 8万多名 → more than 80000 名, 百分之五十 → 50 %, 2015年 → a year.
 */
import { interpret } from './interpret.ts';
import { readFraction, readPerHundred, readRange, readRatio, readSlashPair, type ReadResult } from './compound.ts';
import { numeralAt, readTail } from './lex.ts';
import { normaliseWidth } from './numerals.ts';
import type { ChineseNumber } from './types.ts';

export type { ChineseNumber, NumberKind, Qualifier } from './types.ts';

/**
 * Every number-with-unit in `input`, in order. Offsets index `input` itself. Never throws: what
 * it cannot read (lost characters, slogans, page chrome such as 2021/07/26) it leaves out.
 */
export function readChineseNumbers(input: string): ChineseNumber[] {
  const text = normaliseWidth(input);
  const found: ChineseNumber[] = [];
  let index = 0;
  while (index < text.length) {
    const read = readAt(input, text, index);
    if (read === undefined) {
      index += 1;
      continue;
    }
    found.push(...read.numbers);
    index = Math.max(read.next, index + 1);
  }
  return found;
}

function readAt(input: string, text: string, index: number): ReadResult | undefined {
  const perHundred = readPerHundred(input, text, index);
  if (perHundred !== undefined) return perHundred;
  const isoDate = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/.exec(text.slice(index, index + 10));
  // A page's publication date (2021/07/26) is chrome around the report, never a figure.
  if (isoDate !== null && !/\d/.test(text[index - 1] ?? '')) return { numbers: [], next: index + isoDate[0].length };

  const first = numeralAt(text, index);
  if (first === undefined) return undefined;
  // 第一书记, 第18名: ordinals. QQ截图2021…, G20: parts of names.
  if (first.digits === '' || text[first.start - 1] === '第' || /[A-Za-z._]/.test(text[first.start - 1] ?? '')) {
    return { numbers: [], next: first.end };
  }
  const special = first.chinese ? readFraction(input, text, first) : readRatio(input, text, first);
  if (special !== undefined) return special;
  const tail = readTail(input, text, first);
  const compound = readRange(input, text, first, tail) ?? readSlashPair(input, text, first, tail);
  if (compound !== undefined) return compound;
  const number = interpret(input, text, first, tail);
  return number === undefined ? { numbers: [], next: first.end } : { numbers: [number], next: number.end };
}
