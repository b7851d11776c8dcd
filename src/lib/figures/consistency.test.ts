import { describe, expect, it } from 'vitest';
import { checkConsistency, figureSlack } from './consistency.ts';

const f = (id: string, value: number, quote: string, extra: object = {}) => ({ id, value, unit: '元', qualifier: 'exact' as const, quote, ...extra });

describe('figureSlack', () => {
  it('is half a unit of the last digit the report prints', () => {
    expect(figureSlack({ value: 72040000000, unit: '元', quote: '720.4亿元' })).toBeCloseTo(5e6);
    expect(figureSlack({ value: 60000000000, unit: '元', quote: '600亿元' })).toBeCloseTo(5e7);
    expect(figureSlack({ value: 256600, unit: '人', quote: '25.66万人' })).toBeCloseTo(50);
    expect(figureSlack({ value: 26.7, unit: '%', quote: '占26.7%' })).toBeCloseTo(0.05);
  });
});

describe('checkConsistency', () => {
  it('accepts parts that add up within rounding', () => {
    const figures = [
      f('total', 72040000000, '共投入720.4亿元', { parts: 'all' }),
      f('a', 10936000000, '专项109.36亿元', { partOf: 'total' }),
      f('b', 61104000000, '其他611.04亿元', { partOf: 'total' }),
    ];
    expect(checkConsistency(figures)).toEqual({ inconsistencies: [], problems: [] });
  });

  it('finds a complete list of parts that does not add up, and parts that exceed a partial list', () => {
    const complete = checkConsistency([f('t', 17698, '共17698万元', { parts: 'all', unit: '万元' }), f('a', 10000, '甲10000万元', { partOf: 't', unit: '万元' }), f('b', 7000, '乙7000万元', { partOf: 't', unit: '万元' })]);
    expect(complete.inconsistencies[0]).toMatchObject({ figure: 't', readerNote: '报告所列各部分之和为17,000万元，与报告所写合计17,698万元不符' });
    const over = checkConsistency([f('t', 100, '共100元'), f('a', 80, '甲80元', { partOf: 't' }), f('b', 30, '乙30元', { partOf: 't' })]);
    expect(over.inconsistencies[0]?.readerNote).toBe('报告所列部分之和为110元，与报告所写合计100元不符');
    const fewer = checkConsistency([f('t', 100, '共100元'), f('a', 80, '甲80元', { partOf: 't' })]);
    expect(fewer.inconsistencies).toEqual([]);
  });

  it('recomputes a share from its counts', () => {
    const people = (id: string, value: number, quote: string) => ({ ...f(id, value, quote), unit: '人' });
    const ok = checkConsistency([people('p', 256685, '256685人'), people('w', 962292, '962292人'), { ...f('s', 26.7, '26.7%'), unit: '%', shareOf: { part: 'p', whole: 'w' } }]);
    expect(ok.inconsistencies).toEqual([]);
    const off = checkConsistency([people('p', 256685, '256685人'), people('w', 962292, '962292人'), { ...f('s', 30.2, '30.2%'), unit: '%', shareOf: { part: 'p', whole: 'w' } }]);
    expect(off.inconsistencies[0]?.readerNote).toBe('按报告所列256,685人与962,292人计算为26.67%，报告写30.2%');
  });

  it('names links to figures that do not exist', () => {
    const { problems } = checkConsistency([f('a', 1, '1元', { partOf: 'nope' })]);
    expect(problems[0]).toMatchObject({ figure: 'a', field: 'partOf' });
  });
});
