import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNumberFromQuote } from '../numbers/index.ts';
import { guessFigures, type ReportParagraph } from './guess.ts';

// The test site's indicators (tests/fixture/): the editors' data/indicators.json may change at any time.
const indicators = JSON.parse(readFileSync(new URL('../../../tests/fixture/data/indicators.json', import.meta.url), 'utf8')) as { id: string; unit: string; keywords: string[] }[];

function guessOne(text: string, number: string, n = 1) {
  const guess = guessFigures([{ n, text }], indicators).find((candidate) => candidate.text === number);
  expect(guess, `a guess for ${number}`).toBeDefined();
  return guess!;
}

describe('guessFigures', () => {
  it('guesses indicator, year and quote for the headline sums of 赤峰', () => {
    const text = '2014年以来,全市共投入扶贫资金720.4亿元,其中,中央及自治区财政专项扶贫资金109.36亿元,市级财政投入8.95亿元,农发行设施农业贷款5.56亿元,农业银行0.54亿元。';
    expect(guessOne(text, '720.4亿元', 33)).toMatchObject({
      paragraph: 33, indicator: 'poverty-funds', keyword: '投入扶贫资金', value: 72040000000, unit: '元', qualifier: 'exact',
      year: { start: '2014', end: '2014' }, yearText: '2014年以来', quote: '全市共投入扶贫资金720.4亿元', sentence: text,
    });
    expect(guessOne(text, '109.36亿元').indicator).toBe('poverty-funds-central-provincial');
    expect(guessOne(text, '8.95亿元').indicator).toBe('poverty-funds-municipal');
    // A sum in a list takes the heading before it: 贷款 … 0.54亿元.
    // the bank named right before the number decides, not the loan named a clause earlier
    expect(guessOne(text, '0.54亿元')).toMatchObject({ indicator: 'agricultural-bank-loans', quote: '农业银行0.54亿元' });
  });

  it('takes the nearest year for each number', () => {
    const text = '贫困人口人均纯收入由2015年的2621元增加到2020年的11595元,25.66万老区贫困人口全部脱贫;';
    expect(guessOne(text, '2621元')).toMatchObject({ indicator: 'poor-net-income', year: { start: '2015', end: '2015' } });
    expect(guessOne(text, '11595元')).toMatchObject({ indicator: 'poor-net-income', year: { start: '2020', end: '2020' } });
    expect(guessOne(text, '25.66万')).toMatchObject({ indicator: 'population-lifted', value: 256600, unit: '人', year: { start: '2020', end: '2020' } });
  });

  it('keeps the words that make a year a point or a period', () => {
    const text = '截至2020年7月末,贫困人口由2015年底的97340人减少到2019年底的659人。';
    expect(guessOne(text, '97340人')).toMatchObject({ indicator: 'poor-population', year: { start: '2015', end: '2015' }, yearText: '2015年底' });
    const both = '截至2020年7月末,全市剩余659名未脱贫人口已全部达到稳定脱贫条件。';
    expect(guessOne(both, '659名')).toMatchObject({ indicator: 'poor-population', unit: '人', year: { start: '2020-07', end: '2020-07' }, yearText: '截至2020年7月末' });
    expect(guessOne('(2018-2022年)完成危房改造11363户', '11363户').year).toEqual({ start: '2018', end: '2022' });
  });

  it('reads Traditional reports', () => {
    expect(guessOne('2014年建檔立卡貧困人口91.12萬人,主要涉及118個鄉鎮的1082個貧困村。', '91.12萬人')).toMatchObject({
      indicator: 'poor-population', value: 911200, unit: '人', year: { start: '2014', end: '2014' },
    });
    expect(guessOne('大力推進貧困戶危房改造,已完成6901戶,占總任務的41%', '6901戶').indicator).toBe('dilapidated-housing-renovated');
  });

  it('gives the value in the indicator’s unit', () => {
    const [guess] = guessFigures([{ n: 1, text: '全市共投入扶贫资金720.4亿元' }], [{ id: 'poverty-funds', unit: '万元', keywords: ['扶贫资金'] }]);
    expect(guess).toMatchObject({ value: 7204000, unit: '万元' });
  });

  it('leaves the indicator open when no keyword fits the unit, and lists no years or dates', () => {
    const guesses = guessFigures([{ n: 1, text: '2019年7月,同比增长了26.7%' }], indicators);
    expect(guesses).toHaveLength(1);
    expect(guesses[0]).toMatchObject({ text: '26.7%', indicator: null, keyword: null, unit: '%', year: { start: '2019-07', end: '2019-07' } });
  });
});

describe('guessFigures on the seed reports', () => {
  const seedsDir = new URL('../../../tests/import/fixtures/', import.meta.url);
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));

  it.each(seeds)('%s: every guess quotes its paragraph and the proof check accepts it', (name) => {
    const paragraphs: ReportParagraph[] = readFileSync(new URL(name, seedsDir), 'utf8')
      .split('\n')
      .map((text, index) => ({ n: index + 1, text }));
    const guesses = guessFigures(paragraphs, indicators);
    // Some guesses find an indicator (of the test site's), so the proof below is tried on real guesses.
    expect(guesses.filter((guess) => guess.indicator !== null).length).toBeGreaterThan(0);
    for (const guess of guesses) {
      expect(paragraphs[guess.paragraph - 1]?.text).toContain(guess.quote);
      if (guess.indicator === null) continue;
      const proof = readNumberFromQuote(guess.quote, { value: guess.value, unit: guess.unit, qualifier: guess.qualifier });
      expect(proof.ok ? 'proven' : proof.message, `${guess.text} in «${guess.quote}»`).toBe('proven');
    }
  });
});
