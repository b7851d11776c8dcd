import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChineseNumbers } from './read.ts';

const seedsDir = new URL('../../../tests/import/fixtures/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
const textOf = (name: string) => readFileSync(new URL(name, seedsDir), 'utf8');

/** Digits in the seeds that are no number-with-unit, and why. */
const notFigures: readonly RegExp[] = [
  /\d{4}[-/]\d{2}[-/]\d{2}/g, // the page's publication date
  /^[ \t\u00a0\u3000]*\d+[、.](?!\d)/gm, // outline numbering 1、 1.
  /[〔【]\d{4}[〕】]\d+号/g, // document numbers 〔2018〕45号
  /QQ截图\d+\.jpg/g, // an image's file name
  /浏览量:\d+/g, // the page's view counter
  /119旅|清零2020行动/g, // names: a brigade, a campaign
  /9方面/g, // 方面 is no unit
  /20156月|1\(全市|2900\/年|97340建档立卡/g, // copying damage: a character or bracket lost
];

describe('reading every number in the seed reports', () => {
  it('finds the five seed files', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s: every number reads to a finite value at its own offsets', (name) => {
    const text = textOf(name);
    const numbers = readChineseNumbers(text);
    expect(numbers.length).toBeGreaterThan(20);
    for (const number of numbers) {
      expect(text.slice(number.start, number.end)).toBe(number.text);
      expect(Number.isFinite(number.value) && number.value >= 0, number.text).toBe(true);
      if (number.upper !== undefined) expect(number.upper, number.text).toBeGreaterThan(number.value);
      if (number.unit === '') expect(number.kind === 'ratio' || /[万萬亿億]/.test(number.text), number.text).toBe(true);
    }
  });

  it.each(seeds)('%s: every digit is read, or is known to be no figure', (name) => {
    const text = textOf(name);
    const accounted = new Array<boolean>(text.length).fill(false);
    const mark = (start: number, end: number) => accounted.fill(true, start, end);
    for (const number of readChineseNumbers(text)) mark(number.start, number.end);
    for (const pattern of notFigures) for (const match of text.matchAll(pattern)) mark(match.index, match.index + match[0].length);
    const unread = [...text.matchAll(/\d+/g)]
      .filter((match) => !accounted[match.index])
      .map((match) => text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 4));
    expect(unread).toEqual([]);
  });
});

describe('headline values of the seed reports', () => {
  const all = new Map(seeds.map((name) => [name.slice(0, 3), readChineseNumbers(textOf(name))]));
  const find = (seed: string, text: string) => all.get(seed)?.find((number) => number.text === text);

  it.each([
    ['000', '25.66万', 256600, '人'],
    ['000', '720.4亿元', 72040000000, '元'],
    ['000', '2621元', 2621, '元'],
    ['000', '8万多名', 80000, '名'],
    ['000', '23.9万户', 239000, '户'],
    ['001', '1.69亿元', 169000000, '元'],
    ['002', '91.12萬人', 911200, '人'],
    ['002', '45.35萬', 453500, '人'],
    ['003', '9.62%', 9.62, '%'],
    ['003', '97340人', 97340, '人'],
    ['003', '44196户', 44196, '户'],
    ['004', '0.52%', 0.52, '%'],
    ['004', '7064元', 7064, '元'],
  ] as const)('%s: %s → %d %s', (seed, text, value, unit) => {
    expect(find(seed, text)).toMatchObject({ value, unit });
  });

  it('reads the qualifiers the reports write', () => {
    expect(find('000', '8万多名')?.qualifier).toBe('more-than');
    expect(find('000', '近3000处')?.qualifier).toBe('about');
    expect(find('002', '445000畝以上')?.qualifier).toBe('at-least');
    expect(find('004', '7亿余元')?.qualifier).toBe('more-than');
  });
});
