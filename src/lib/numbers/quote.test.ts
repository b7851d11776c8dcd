import { describe, expect, it } from 'vitest';
import { readNumberFromQuote } from './quote.ts';

describe('readNumberFromQuote', () => {
  it('proves the headline figures of the seed reports', () => {
    expect(readNumberFromQuote('25.66万老区贫困人口全部脱贫', { value: 256600, unit: '人' }).ok).toBe(true);
    expect(readNumberFromQuote('2014年以来,全市共投入扶贫资金720.4亿元', { value: 72040000000, unit: '元' }).ok).toBe(true);
    expect(readNumberFromQuote('贫困发生率由9.62%下降到0.06%', { value: 9.62, unit: '%' }).ok).toBe(true);
    expect(readNumberFromQuote('贫困人口人均纯收入由2015年的2621元增加到2020年的11595元', { value: 2621, unit: '元' }).ok).toBe(true);
  });

  it('reads a value stored with a magnitude in its unit', () => {
    expect(readNumberFromQuote('全市共投入扶贫资金720.4亿元', { value: 720.4, unit: '亿元' }).ok).toBe(true);
    expect(readNumberFromQuote('全市共投入扶贫资金720.4亿元', { value: 7204000, unit: '万元' }).ok).toBe(true);
    expect(readNumberFromQuote('2014年建檔立卡貧困人口91.12萬人', { value: 91.12, unit: '万人' }).ok).toBe(true);
  });

  it('returns the number that proves the figure', () => {
    const reading = readNumberFromQuote('共有8万多名热血青年参军参战', { value: 80000, unit: '人', qualifier: 'more-than' });
    expect(reading).toMatchObject({ ok: true, number: { text: '8万多名', start: 2, end: 6 } });
  });

  it('proves a value at either end of a range', () => {
    expect(readNumberFromQuote('人均年增收500-2000元不等', { value: 2000, unit: '元' }).ok).toBe(true);
    expect(readNumberFromQuote('人均年增收500-2000元不等', { value: 500, unit: '元' }).ok).toBe(true);
  });

  it('refuses a changed digit and lists what the quote does say', () => {
    const reading = readNumberFromQuote('截至2015年底,全市还有45.35萬貧困人口', { value: 453600, unit: '人' });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message).toMatch(/^引文中读不到 453600 人;读到的数字:"45.35萬" → 453500 人。/);
    expect(reading.message).toContain('The quote does not state 453600 人');
    expect(reading.numbers.map((number) => number.value)).toEqual([453500]);
  });

  it('says when the value is there but the unit is not', () => {
    const reading = readNumberFromQuote('完成危房改造11363户', { value: 11363, unit: '人' });
    expect(reading).toMatchObject({ ok: false });
    if (reading.ok) return;
    expect(reading.message).toContain('单位是 户,不是 人');
  });

  it('says when the quote qualifies the number differently', () => {
    const reading = readNumberFromQuote('有7000多名英雄儿女捐躯疆场', { value: 7000, unit: '人', qualifier: 'exact' });
    expect(reading).toMatchObject({ ok: false });
    if (reading.ok) return;
    expect(reading.message).toContain('引文写"7000多名"(多于 more-than),数据写 确数 exact');
  });

  it('does not take a year for a value', () => {
    expect(readNumberFromQuote('2015年底', { value: 2015, unit: '年' }).ok).toBe(false);
  });

  it('says so when the quote holds no number at all', () => {
    const reading = readNumberFromQuote('脱贫攻坚取得决定性胜利', { value: 1, unit: '个' });
    expect(reading).toMatchObject({ ok: false, numbers: [] });
    if (!reading.ok) expect(reading.message).toContain('(无 / none)');
  });
});
