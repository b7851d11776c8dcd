import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../csv.ts';
import { joinFigures } from './joined.ts';
import { csvCells, FIGURE_COLUMNS, figureRow } from './rows.ts';

/** CSV read by an independent reader (csv-parse), as a spreadsheet would read it. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true });

const area = { id: 'old-counties', name: '赤峰市五个革命老区旗县区', region: '150400', members: ['150429', '150428'], partly: false };
const joined = joinFigures({
  figures: [
    { id: 'poor', indicator: 'poor-population', region: '150400', scope: 'part', area: 'old-counties', time: { at: '2015' }, measure: 'stock', status: 'actual', value: 256685, unit: '人', qualifier: 'exact', quote: '贫困人口为256685人', report: 'r', note: '脱贫攻坚前，按同段收入基期记为2015年。' },
    { id: 'funds', indicator: 'poverty-funds', region: '150400', scope: 'whole', time: { start: null, end: '2020' }, measure: 'cumulative', status: 'actual', value: 72040000000, unit: '元', qualifier: 'exact', quote: '=共投入扶贫资金720.4亿元', report: 'r', alsoIn: [{ report: 'r2', quote: '投入720.4亿元' }] },
    { id: 'gain', indicator: 'income-increase', region: '150400', scope: 'whole', time: 'unknown', measure: 'flow', status: 'projection', value: { low: 500, high: 2000 }, unit: '元', qualifier: 'about', quote: '预计增收500—2000元', report: 'r' },
  ],
  indicators: new Map([['poor-population', { name: '建档立卡贫困人口' }], ['poverty-funds', { name: '扶贫资金投入' }], ['income-increase', { name: '人均增收' }]]),
  regionName: (code) => ({ '150400': '赤峰市' })[code] ?? code,
  areas: new Map([[area.id, area]]),
  reports: new Map([['r', { title: '报告', date: '2021-07-26', publisher: '老促会' }], ['r2', { title: '另一报告', date: '2021-08', publisher: '老促会' }]]),
  paragraphOf: (report) => (report === 'r' ? 3 : 5),
});
const rows = joined.map((figure) => figureRow(figure, (path) => `https://example.net${path}`));
const byId = Object.fromEntries(rows.map((row) => [row.id, row]));

describe('a figure’s row', () => {
  it('says what a part covers, in the report’s words and by its regions', () => {
    expect(byId['poor']).toMatchObject({
      region_code: '150400', scope: 'part', scope_name: '赤峰市五个革命老区旗县区', scope_regions: ['150429', '150428'],
      measure: 'stock', year: '2015', period_start: '2015', period_end: '2015', status: 'actual',
      note: '脱贫攻坚前，按同段收入基期记为2015年。', report_url: 'https://example.net/reports/r/#p-3',
    });
  });

  it('keeps an unknown start and an unknown time unknown, and says where else a fact is stated', () => {
    expect(byId['funds']).toMatchObject({ scope: 'whole', scope_name: '赤峰市', year: '/2020', period_start: '', period_end: '2020', measure: 'cumulative', note: '同一数字亦见《另一报告》第5段' });
    expect(byId['gain']).toMatchObject({ year: '', period_start: '', period_end: '', status: 'projection', value: { low: 500, high: 2000 } });
  });

  it('round-trips through the CSV, every column in order, new ones last', () => {
    expect(FIGURE_COLUMNS.slice(13)).toEqual(['scope', 'scope_name', 'scope_regions', 'measure', 'period_start', 'period_end', 'status', 'note']);
    const [header, ...parsed] = parseCsv(toCsv(FIGURE_COLUMNS, rows.map(csvCells)));
    expect(header).toEqual([...FIGURE_COLUMNS]);
    const back = parsed.map((cells) => Object.fromEntries(header!.map((column, i) => [column, cells[i]])));
    const poor = back.find((row) => row['id'] === 'poor')!;
    expect(poor['scope_regions']).toBe('150429;150428');
    expect(poor['scope_name']).toBe('赤峰市五个革命老区旗县区');
    expect(back.find((row) => row['id'] === 'gain')!['value']).toBe('500–2000');
    // A quote that starts like a formula is neutralised, and still reads as the report's words.
    expect(back.find((row) => row['id'] === 'funds')!['quote']).toBe("'=共投入扶贫资金720.4亿元");
    for (const row of rows) {
      const line = back.find((b) => b['id'] === row.id)!;
      for (const column of ['measure', 'period_start', 'period_end', 'status', 'note', 'scope'] as const) expect(line[column]).toBe(String(row[column]));
    }
  });
});
