import { describe, expect, it } from 'vitest';
import { defaultTitle, describeChart } from './describe.ts';
import { fuxinPoor, fundLabels, funds, fundsTotal, incidence } from './test-figures.ts';
import type { ChartFigure } from './types.ts';

const byRegion = (f: ChartFigure) => f.regionName;

describe('describeChart', () => {
  it('says what a time series shows with its numbers', () => {
    expect(describeChart('time-series', fuxinPoor, byRegion)).toBe('建档立卡贫困人口：阜新市由2015年的97,340人降至2019年的659人。');
  });

  it('says each slope from and to', () => {
    const text = describeChart('slope', incidence, byRegion);
    expect(text).toContain('阜新市由2015年的9.62%降至2019年的0.06%');
    expect(text).toContain('吴忠市由2016年的26%降至2019年的0.52%');
  });

  it('lists the parts of a whole, largest first, with the total', () => {
    const text = describeChart('bars', funds, (f) => fundLabels[f.id]!, fundsTotal);
    expect(text).toMatch(/^扶贫资金投入：合计720.4亿元（2014年—2020年）；其中金融扶贫到户贷款283.59亿元，中央及自治区财政专项扶贫资金109.36亿元/);
    expect(text).toContain('农业银行0.54亿元');
  });

  it('says so when reports disagree', () => {
    const other = { ...fuxinPoor[0]!, id: 'fx-2015-b', value: 97000 };
    expect(describeChart('time-series', [...fuxinPoor, other], byRegion)).toContain('各报告数字不一，图中并列：阜新市2015年另有报告记为9.7万人');
  });
});

describe('defaultTitle', () => {
  it('names the indicator, the region and the years', () => {
    expect(defaultTitle('time-series', fuxinPoor, byRegion)).toBe('阜新市建档立卡贫困人口，2015—2019年');
    expect(defaultTitle('slope', incidence, byRegion)).toBe('贫困发生率：阜新市、吴忠市');
  });
});
