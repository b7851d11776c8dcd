import { describe, expect, it } from 'vitest';
import { readChineseNumbers } from './read.ts';
import type { ChineseNumber } from './types.ts';

/** The one number read from `text`; fails when the reader finds none or several. */
function only(text: string): ChineseNumber {
  const numbers = readChineseNumbers(text);
  expect(numbers, `numbers in ${text}`).toHaveLength(1);
  return numbers[0]!;
}

function values(text: string): [string, number, string][] {
  return readChineseNumbers(text).map((number) => [number.text, number.value, number.unit]);
}

describe('readChineseNumbers: the headline numbers', () => {
  it('25.66万老区贫困人口 → 256600 people (the noun supplies the unit)', () => {
    expect(only('25.66万老区贫困人口全部脱贫')).toMatchObject({
      text: '25.66万', start: 0, end: 6, kind: 'quantity', value: 256600, unit: '人', unitWritten: '万',
      impliedBy: '人口', qualifier: 'exact',
    });
  });

  it('720.4亿元 → 72040000000 元', () => {
    expect(only('全市共投入扶贫资金720.4亿元')).toMatchObject({ text: '720.4亿元', value: 72040000000, unit: '元', unitWritten: '亿元' });
  });

  it('9.62% → 9.62 %', () => {
    expect(only('贫困发生率为9.62%')).toMatchObject({ kind: 'percent', value: 9.62, unit: '%' });
  });

  it('2621元, with the years around it read as years', () => {
    const numbers = readChineseNumbers('由2015年的2621元增加到2020年的11595元');
    expect(numbers.map((n) => [n.text, n.kind, n.value])).toEqual([
      ['2015年', 'year', 2015], ['2621元', 'quantity', 2621], ['2020年', 'year', 2020], ['11595元', 'quantity', 11595],
    ]);
  });

  it('8万多名 → more than 80000 名', () => {
    expect(only('共有8万多名热血青年参军参战')).toMatchObject({ text: '8万多名', value: 80000, unit: '名', qualifier: 'more-than' });
  });

  it('gives offsets into the text as given', () => {
    const text = '老区人口为962292人,其中';
    const number = only(text);
    expect(text.slice(number.start, number.end)).toBe('962292人');
  });
});

describe('readChineseNumbers: qualifiers', () => {
  it.each([
    ['约1600万元', 16000000, 'about'], ['1600万元左右', 16000000, 'about'], ['近3000处', 3000, 'about'],
    ['1.6万余名', 16000, 'more-than'], ['7亿余元', 700000000, 'more-than'], ['1200餘家', 1200, 'more-than'],
    ['超过6000元', 6000, 'more-than'], ['超過6000元', 6000, 'more-than'], ['3000元以上', 3000, 'at-least'],
    ['不少于3个', 3, 'at-least'], ['不超过2次', 2, 'about'], ['10来个', 10, 'about'], ['十几个', 10, 'more-than'],
    ['上万斤', 10000, 'at-least'], ['过亿元', 100000000, 'more-than'], ['超百家', 100, 'more-than'],
    ['近万名', 10000, 'about'],
  ] as const)('%s → %d, %s', (text, value, qualifier) => {
    expect(only(text)).toMatchObject({ text, value, qualifier });
  });

  it('keeps the words that only look like qualifiers out: 节约, 经过, 近5年', () => {
    expect(only('节约3000元')).toMatchObject({ text: '3000元', qualifier: 'exact' });
    expect(only('经过3年努力')).toMatchObject({ text: '3年', qualifier: 'exact' });
    expect(only('近5年累计')).toMatchObject({ text: '5年', qualifier: 'exact' });
  });
});

describe('readChineseNumbers: Chinese numerals', () => {
  it.each([
    ['三十五个', 35, '个'], ['一百二十户', 120, '户'], ['两个月', 2, '个月'], ['十年来', 10, '年'],
    ['十九个大的抗日根据地', 19, '个'], ['三十五万人', 350000, '人'], ['兩次', 2, '次'],
  ] as const)('%s → %d %s', (text, value, unit) => {
    expect(readChineseNumbers(text)[0]).toMatchObject({ value, unit });
  });

  it('reads 百分之五十 as 50 %', () => {
    expect(only('占百分之五十')).toMatchObject({ text: '百分之五十', kind: 'percent', value: 50, unit: '%' });
    expect(only('百分之三十五点五')).toMatchObject({ value: 35.5 });
  });

  it('reads a year spelled digit by digit, and nothing else spelled so', () => {
    expect(only('二〇一五年')).toMatchObject({ kind: 'year', value: 2015 });
    expect(only('一九五一年')).toMatchObject({ kind: 'year', value: 1951 });
    expect(readChineseNumbers('一二〇个')).toEqual([]);
  });

  it('leaves idioms, slogans, ordinals, plan names and bare magnitudes alone', () => {
    const text = '一户不落、一村一品、“五个一批”、“两个全覆盖”、第一书记、十二五期间、十八大、一二三产业、千家万户、百日攻坚、数十篇、“四位一体”、十九届四中全会';
    expect(readChineseNumbers(text)).toEqual([]);
  });
});

describe('readChineseNumbers: digits and units', () => {
  it('reads full-width digits and thousands separators', () => {
    expect(only('２５．６６万人')).toMatchObject({ value: 256600, unit: '人', text: '２５．６６万人' });
    expect(only('1,234人')).toMatchObject({ value: 1234 });
    expect(only('９．６２％')).toMatchObject({ value: 9.62, unit: '%', unitWritten: '％' });
  });

  it('does not join numbers across a clause comma', () => {
    expect(values('2015,2016个')).toEqual([['2016个', 2016, '个']]);
  });

  it('normalises Traditional units and money words', () => {
    expect(values('1082個,6901戶,155萬畝,4.46億元,60多塊錢,3.7個百分點')).toEqual([
      ['1082個', 1082, '个'], ['6901戶', 6901, '户'], ['155萬畝', 1550000, '亩'], ['4.46億元', 446000000, '元'],
      ['60多塊錢', 60, '元'], ['3.7個百分點', 3.7, '百分点'],
    ]);
  });

  it('prefers the longest unit: 平方公里 over 公里, 人次 over 人, 千瓦 over 千', () => {
    expect(values('10355平方公里,331公里,1.98万人次,5千瓦,3千元')).toEqual([
      ['10355平方公里', 10355, '平方公里'], ['331公里', 331, '公里'], ['1.98万人次', 19800, '人次'],
      ['5千瓦', 5, '千瓦'], ['3千元', 3000, '元'],
    ]);
  });

  it('reads a rate per unit', () => {
    expect(only('每亩300元/亩')).toMatchObject({ value: 300, unit: '元/亩' });
  });

  it('reads months and days as dates, and drops a month no calendar has', () => {
    expect(readChineseNumbers('7月20日').map((n) => [n.kind, n.value, n.unit])).toEqual([['date', 7, '月'], ['date', 20, '日']]);
    expect(readChineseNumbers('20156月,習近平')).toEqual([]);
  });

  it('skips page chrome: publication dates, file names, document numbers', () => {
    expect(readChineseNumbers('2021/07/26 QQ截图20210104172215.jpg 〔2018〕45号 2020-11-16')).toEqual([]);
  });

  it('reads numbers only a multiplier marks, with or without a noun to name the unit', () => {
    expect(only('吸收社会各界资金3.2亿,受益')).toMatchObject({ value: 320000000, unit: '元', impliedBy: '资金' });
    expect(only('累计捐资100万。')).toMatchObject({ value: 1000000, unit: '元', impliedBy: '捐资' });
    expect(only('受影响的达3万,其中')).toMatchObject({ value: 30000, unit: '' });
    expect(only('累计为1.72萬貧困戶发放')).toMatchObject({ value: 17200, unit: '户', impliedBy: '戶' });
    expect(only('5万多群众实现持续增收')).toMatchObject({ value: 50000, unit: '人', qualifier: 'more-than' });
  });
});

describe('readChineseNumbers: ranges, pairs and ratios', () => {
  it.each([
    ['4000-5000元', 4000, 5000, '元'], ['5万~10万元', 50000, 100000, '元'], ['5~10万元', 50000, 100000, '元'],
    ['80元至200元', 80, 200, '元'], ['1-2次', 1, 2, '次'], ['一到两期', 1, 2, '期'], ['1~2个', 1, 2, '个'],
  ] as const)('%s → %d–%d %s', (text, value, upper, unit) => {
    expect(only(text)).toMatchObject({ text, value, upper, unit, kind: 'quantity' });
  });

  it('reads a span of years and of months', () => {
    expect(only('(2018-2022年)')).toMatchObject({ kind: 'year', value: 2018, upper: 2022 });
    expect(only('今年1—7月份')).toMatchObject({ kind: 'date', value: 1, upper: 7, unit: '月' });
  });

  it('reads 3000/5000元 as two sums in 元', () => {
    expect(values('由每人每年3000/5000元提高到')).toEqual([['3000', 3000, '元'], ['5000元', 5000, '元']]);
  });

  it('leaves a number whose unit was lost alone (2900/年)', () => {
    expect(readChineseNumbers('提高到2900/年')).toEqual([]);
  });

  it('reads ratios and fractions', () => {
    expect(only('按1:2配套')).toMatchObject({ kind: 'ratio', value: 0.5, terms: [1, 2] });
    expect(only('三分之一')).toMatchObject({ kind: 'ratio', terms: [1, 3] });
  });
});
