import { describe, expect, it } from 'vitest';
import { barChart } from './bars.ts';
import { layoutChart } from './layout.ts';
import { clippedTexts, marks, overlappingTexts, texts, textsOnLines } from './scene-queries.ts';
import { slopeChart } from './slope.ts';
import { smallMultiples } from './small-multiples.ts';
import { baodingPoor, fuxinPoor, fundLabels, funds, incidence, income } from './test-figures.ts';
import { timeSeries } from './time-series.ts';
import type { ChartFigure, ChartKind } from './types.ts';

const byRegion = (f: ChartFigure) => f.regionName;

describe('time series', () => {
  const scene = timeSeries(fuxinPoor, { width: 360 });

  it('draws one mark per figure, later years to the right, larger values higher', () => {
    const [first, last] = marks(scene);
    expect(marks(scene).map((m) => m.figure.id)).toEqual(['fx-2015', 'fx-2019']);
    expect(last!.x).toBeGreaterThan(first!.x);
    expect(first!.y).toBeLessThan(last!.y);
  });

  it('draws no line across missing years, and joins years that follow one another', () => {
    // 2015 and 2019, nothing between: two marks and no line, which would state 2016–2018.
    expect(scene.nodes.filter((node) => node.type === 'path')).toEqual([]);
    // 2014 and 2015: one line between them.
    expect(timeSeries(baodingPoor, { width: 360 }).nodes.filter((node) => node.type === 'path')).toHaveLength(1);
  });

  it('writes each value as the report does and the years in Chinese', () => {
    const words = texts(scene).map((t) => t.text);
    expect(words).toContain('97,340人');
    expect(words).toContain('659人');
    expect(words).toContain('2015年');
    expect(words).toContain('2019年');
  });

  it('labels the value axis with 万 and the unit on the top tick only', () => {
    const ticks = texts(scene).filter((t) => t.role === 'tick' && t.anchor === 'start').map((t) => t.text);
    expect(ticks[0]).toBe('0');
    expect(ticks.at(-1)).toBe('10万人');
    expect(ticks.slice(1, -1).every((t) => !t.endsWith('人'))).toBe(true);
  });

  it('names each series at its end when several regions share the chart', () => {
    const both = timeSeries([...fuxinPoor, ...baodingPoor], { width: 600 });
    const labels = texts(both).filter((t) => t.role === 'label').map((t) => t.text);
    expect(labels).toEqual(['阜新市 659人', '保定市 45.35万人']);
  });

  it('draws two reports giving the same number once, and differing numbers side by side', () => {
    const repeat = { ...fuxinPoor[0]!, id: 'fx-2015-again', report: 'r2' };
    expect(marks(timeSeries([...fuxinPoor, repeat], { width: 360 }))).toHaveLength(2);
    const differing = { ...fuxinPoor[0]!, id: 'fx-2015-other', value: 97000 };
    const drawn = marks(timeSeries([...fuxinPoor, differing], { width: 360 }));
    expect(drawn).toHaveLength(3);
    expect(drawn.find((m) => m.figure.id === 'fx-2015-other')?.alternate).toBe(true);
  });
});

describe('slope chart', () => {
  const scene = slopeChart(incidence, { width: 360 });

  it('joins each region’s first and last value, before on the left', () => {
    const drawn = marks(scene);
    expect(drawn.map((m) => m.figure.id).sort()).toEqual(['fx-r-2015', 'fx-r-2019', 'wz-r-2016', 'wz-r-2019']);
    const from = drawn.find((m) => m.figure.id === 'wz-r-2016')!;
    const to = drawn.find((m) => m.figure.id === 'wz-r-2019')!;
    expect(from.x).toBeLessThan(to.x);
    expect(from.y).toBeLessThan(to.y);
  });

  it('names the regions on the left and keeps 0.06% and 0.52% apart', () => {
    const words = texts(scene).map((t) => t.text);
    expect(words).toContain('吴忠市 26%');
    expect(words).toContain('阜新市 9.62%');
    const right = texts(scene).filter((t) => t.text === '0.06%' || t.text === '0.52%');
    expect(right).toHaveLength(2);
    expect(Math.abs(right[0]!.y - right[1]!.y)).toBeGreaterThanOrEqual(15);
  });

  it('heads the columns with the years, both when regions differ', () => {
    const headers = texts(scene).filter((t) => t.role === 'header').map((t) => t.text);
    expect(headers).toEqual(['2015、2016年', '2019年']);
  });
});

describe('bar chart', () => {
  const labelOf = (f: ChartFigure) => fundLabels[f.id] ?? f.id;

  it('puts the largest part first, bar lengths in proportion', () => {
    const bars = marks(barChart(funds, { width: 600 }, { labelOf }));
    expect(bars[0]!.figure.id).toBe('cf-household');
    expect(bars.at(-1)!.figure.id).toBe('cf-abc');
    expect(bars[0]!.width! / bars[1]!.width!).toBeCloseTo(28359 / 10936, 1);
  });

  it('moves long labels above the bars on a phone and beside them on a wide column', () => {
    const narrow = texts(barChart(funds, { width: 360 }, { labelOf })).find((t) => t.text === '中央及自治区财政专项扶贫资金')!;
    const wide = texts(barChart(funds, { width: 800 }, { labelOf })).find((t) => t.text === '中央及自治区财政专项扶贫资金')!;
    expect(narrow.anchor).toBe('start');
    expect(wide.anchor).toBe('end');
  });

  it('draws two reports giving the same number once, and a differing number as a second bar', () => {
    const twice = [funds[0]!, { ...funds[0]!, id: 'cf-central-again', report: 'r2' }];
    expect(marks(barChart(twice, { width: 360 }, { labelOf: () => '中央' }))).toHaveLength(1);
    const differing = [funds[0]!, { ...funds[0]!, id: 'cf-central-other', value: 10900000000 }];
    expect(texts(barChart(differing, { width: 360 }, { labelOf: () => '中央' })).filter((t) => t.role === 'label').map((t) => t.text)).toEqual(['中央', '中央（另一报告）']);
  });

  it('writes the values with 亿', () => {
    const words = texts(barChart(funds, { width: 360 }, { labelOf })).map((t) => t.text);
    expect(words).toContain('283.59亿元');
    expect(words).toContain('0.54亿元');
  });
});

describe('small multiples', () => {
  it('gives each region a panel on one shared scale, two columns on a phone', () => {
    const scene = smallMultiples([...fuxinPoor, ...baodingPoor, ...incidence.slice(0, 0)], { width: 360 });
    const groups = scene.nodes.filter((n) => n.type === 'group');
    expect(groups).toHaveLength(2);
    expect(groups[1]!.x).toBeGreaterThan(0);
    const baoding = marks(scene).find((m) => m.figure.id === 'bd-2014')!;
    const fuxin = marks(scene).find((m) => m.figure.id === 'fx-2015')!;
    expect(baoding.y).toBeLessThan(fuxin.y); // 91.12万 stands higher than 97,340 on the shared scale
    expect(texts(scene).filter((t) => t.role === 'panel-title').map((t) => t.text)).toEqual(['阜新市', '保定市']);
  });
});

describe('every kind at phone and column width', () => {
  const cases: [ChartKind, ChartFigure[]][] = [
    ['time-series', fuxinPoor],
    ['time-series', income],
    ['time-series', [...fuxinPoor, ...baodingPoor]],
    ['slope', incidence],
    ['bars', funds],
    ['small-multiples', [...fuxinPoor, ...baodingPoor]],
  ];
  for (const [kind, figures] of cases) {
    for (const width of [360, 600]) {
      it(`${kind} (${figures.length} figures) at ${width} px: no label overlaps another or leaves the chart`, () => {
        const labelOf = kind === 'bars' ? (f: ChartFigure) => fundLabels[f.id] ?? f.id : byRegion;
        const scene = layoutChart(kind, figures, { width }, { labelOf });
        expect(scene.width).toBe(width);
        expect(overlappingTexts(scene)).toEqual([]);
        expect(clippedTexts(scene)).toEqual([]);
        expect(textsOnLines(scene)).toEqual([]);
        expect(marks(scene).every((m) => m.x >= 0 && m.x <= width && m.y >= 0 && m.y <= scene.height)).toBe(true);
      });
    }
  }
});
