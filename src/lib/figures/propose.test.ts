import { describe, expect, it } from 'vitest';
import { guessFigures } from './guess.ts';
import { proposeMeaning } from './propose.ts';

const indicators = [
  { id: 'poverty-funds', unit: '元', keywords: ['扶贫资金'], measures: ['cumulative', 'flow'] as const },
  { id: 'poor-population', unit: '人', keywords: ['贫困人口'], measures: ['stock'] as const },
  { id: 'population-lifted', unit: '人', keywords: ['脱贫'], measures: ['cumulative', 'flow'] as const },
  { id: 'relocated-population', unit: '人', keywords: ['搬迁'], measures: ['cumulative', 'flow'] as const },
  { id: 'dilapidated-housing-renovated', unit: '户', keywords: ['危房改造', '危改'], measures: ['cumulative', 'flow'] as const },
  { id: 'poverty-loan-balance', unit: '元', keywords: ['贷款余额'], measures: ['stock'] as const },
];

function propose(text: string, number: string) {
  const list = indicators.map((i) => ({ ...i, measures: [...i.measures] }));
  const guess = guessFigures([{ n: 1, text }], list).find((g) => g.text === number)!;
  expect(guess, number).toBeDefined();
  return proposeMeaning(guess, list.find((i) => i.id === guess.indicator));
}

describe('proposeMeaning', () => {
  it('reads 以来 as a running total whose end the editor must give', () => {
    expect(propose('2014年以来,全市共投入扶贫资金720.4亿元', '720.4亿元')).toMatchObject({ measure: 'cumulative', time: { start: '2014', end: null }, status: 'actual' });
  });

  it('reads 截至…底 as a moment for a stock and as the end of a total with an unknown start', () => {
    expect(propose('截至2015年底,全市还有贫困人口45.35万人', '45.35万人')).toMatchObject({ measure: 'stock', time: { at: '2015' } });
    expect(propose('截至2019年底,完成危改任务23.9万户', '23.9万户')).toMatchObject({ measure: 'cumulative', time: { start: null, end: '2019' } });
  });

  it('takes the month when the report gives one', () => {
    expect(propose('截至2020年7月末,剩余贫困人口659人', '659人')).toMatchObject({ time: { at: '2020-07' } });
  });

  it('never assumes the report’s year: no time in the words leaves it for the editor', () => {
    const proposal = propose('目前,全市贫困人口1.2万人', '1.2万人');
    expect(proposal.time).toBeNull();
    expect(proposal.hints.join('\n')).toMatch(/目前/);
  });

  it('reads 预计 and 启动 as what they are, not as results', () => {
    expect(propose('今年预计脱贫2.1万人', '2.1万人').status).toBe('projection');
    expect(propose('2019年启动搬迁3000人', '3000人').status).toBe('started');
  });

  it('reads 余额 as a stock and flags 老区 as a possible part of the region', () => {
    expect(propose('2020年精准扶贫贷款余额102.6亿元', '102.6亿元')).toMatchObject({ measure: 'stock', time: { at: '2020' } });
    const part = propose('2015年老区贫困人口25.67万人', '25.67万人');
    expect(part.scope).toBe('part');
    expect(part.hints.join('\n')).toMatch(/data\/areas\.json/);
  });
});
