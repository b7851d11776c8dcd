import { describe, expect, it } from 'vitest';
import { statusClassOf, statusLegend } from './old-area.ts';

const ningcheng = {
  oldArea: [
    { by: '辽宁省、内蒙古自治区政府', statement: '1979年、1985年又经审定' },
    { by: '中华人民共和国内政部', year: 1951, statement: '确认为老革命根据地县' },
  ],
  history: [],
};
const aohan = { oldArea: [{ by: '内蒙古自治区政府', year: 2011, statement: '审定确认为革命老区县' }], history: [] };
const linxi = { oldArea: [], history: [{ text: '冀察热辽中央分局所在地' }] };
const hongshan = { oldArea: [], history: [] };

describe('statusClassOf', () => {
  it('names the earliest recognition, with its year and body', () => {
    expect(statusClassOf(ningcheng).label).toBe('1951年中华人民共和国内政部确认为老革命根据地县');
    expect(statusClassOf(aohan).label).toBe('2011年内蒙古自治区政府审定确认为革命老区县');
  });

  it('says "not stated" rather than "not an old area" when no report speaks of a county', () => {
    expect(statusClassOf(linxi).label).toBe('报告述及革命历史，尚未载明认定文件');
    expect(statusClassOf(hongshan).label).toBe('本站所收报告尚未述及');
  });
});

describe('statusLegend', () => {
  it('orders recognitions by year, then history, then not stated, each once', () => {
    const legend = statusLegend([hongshan, aohan, linxi, ningcheng, aohan].map(statusClassOf));
    expect(legend.map((c) => c.label)).toEqual([
      '1951年中华人民共和国内政部确认为老革命根据地县',
      '2011年内蒙古自治区政府审定确认为革命老区县',
      '报告述及革命历史，尚未载明认定文件',
      '本站所收报告尚未述及',
    ]);
  });
});
