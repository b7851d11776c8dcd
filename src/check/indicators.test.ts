import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator } from '../schemas/indicator.ts';
import { checkIndicators } from './indicators.ts';

const indicator = (fields: Partial<Indicator> & { id: string }): Indicator =>
  indicatorSchema.parse({ name: '名称', nameEn: 'Name', theme: 'poverty', unit: '人', definition: '某一时点的人数。', excludes: '不含户数。', kind: 'count', measures: ['stock'], keywords: ['人口'], ...fields });

const check = (indicators: Indicator[]) => checkIndicators(indicators, 'data/indicators.json', (i) => indicators.indexOf(i) * 10 + 2);

describe('checkIndicators', () => {
  it('accepts indicators with one plain unit, keywords and a tight definition', () => {
    expect(check([indicator({ id: 'poor-population' }), indicator({ id: 'poverty-funds', unit: '元', kind: 'money' }), indicator({ id: 'poverty-incidence', unit: '%', kind: 'rate', measures: ['rate'] })])).toEqual([]);
  });

  it('names the file, line, indicator and field of each problem, Chinese first', () => {
    const problems = check([
      indicator({ id: 'a' }),
      indicator({ id: 'a' }),
      indicator({ id: 'funds', unit: '万元', kind: 'money' }),
      indicator({ id: 'rate', unit: '个', kind: 'rate', measures: ['rate'] }),
      indicator({ id: 'bare', keywords: [] }),
      indicator({ id: 'loose', definition: '按报告所列口径统计的贷款。' }),
    ]);
    // An id used twice is the shared reader's to refuse (read-json.ts, uniqueIds), not this check's.
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['data/indicators.json (funds)', 22, 'unit'],
      ['data/indicators.json (funds)', 22, 'unit'],
      ['data/indicators.json (rate)', 32, 'unit'],
      ['data/indicators.json (bare)', 42, 'keywords'],
      ['data/indicators.json (loose)', 52, 'definition'],
    ]);
    expect(problems[0]!.message).toMatch(/^金额指标的单位应为“元”/);
    expect(problems[1]!.message).toMatch(/^单位“万元”带数量级/);
  });
});
