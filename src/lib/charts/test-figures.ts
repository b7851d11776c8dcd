// Figures shaped like the reports' (values from the six reports; the yearly incomes are made up for shape), for the chart tests only.
import type { FigureTime } from '../../schemas/figure.ts';
import type { ChartFigure } from './types.ts';

/** 2015 is a point (a stock or rate); a period is a flow. */
function figure(id: string, indicator: string, indicatorName: string, region: string, regionName: string, year: number | { start: string; end: string }, value: number, unit: string, quote: string): ChartFigure {
  const time: FigureTime = typeof year === 'number' ? { at: String(year) } : year;
  const measure = typeof year === 'number' ? (unit === '%' ? 'rate' : 'stock') : 'flow';
  return {
    id, indicator, indicatorName, region, regionName, scope: 'whole', scopeName: regionName, time, measure, status: 'actual',
    value, unit, qualifier: 'exact', quote, report: 'r', reportTitle: '报告', reportDate: '2021-07-26', paragraph: 3, notes: [],
  };
}

export const fuxinPoor = [
  figure('fx-2015', 'poor-population', '建档立卡贫困人口', '210900', '阜新市', 2015, 97340, '人', '贫困人口由2015年底的97340人'),
  figure('fx-2019', 'poor-population', '建档立卡贫困人口', '210900', '阜新市', 2019, 659, '人', '减少到2019年底的659人'),
];

export const baodingPoor = [
  figure('bd-2014', 'poor-population', '建档立卡贫困人口', '130600', '保定市', 2014, 911200, '人', '2014年建檔立卡貧困人口91.12萬人'),
  figure('bd-2015', 'poor-population', '建档立卡贫困人口', '130600', '保定市', 2015, 453500, '人', '全市還有45.35萬貧困人口'),
];

export const income = [
  figure('wz-i-2016', 'rural-income', '农村居民人均可支配收入', '640300', '吴忠市', 2016, 7064, '元', '由2016年的7064元'),
  figure('wz-i-2017', 'rural-income', '农村居民人均可支配收入', '640300', '吴忠市', 2017, 8100, '元', '2017年8100元'),
  figure('wz-i-2018', 'rural-income', '农村居民人均可支配收入', '640300', '吴忠市', 2018, 9150, '元', '2018年9150元'),
  figure('wz-i-2019', 'rural-income', '农村居民人均可支配收入', '640300', '吴忠市', 2019, 10264, '元', '增长到10264元'),
];

export const incidence = [
  figure('fx-r-2015', 'poverty-rate', '贫困发生率', '210900', '阜新市', 2015, 9.62, '%', '贫困发生率由9.62%下降到0.06%'),
  figure('fx-r-2019', 'poverty-rate', '贫困发生率', '210900', '阜新市', 2019, 0.06, '%', '贫困发生率由9.62%下降到0.06%'),
  figure('wz-r-2016', 'poverty-rate', '贫困发生率', '640300', '吴忠市', 2016, 26, '%', '贫困发生率从2016年的26%'),
  figure('wz-r-2019', 'poverty-rate', '贫困发生率', '640300', '吴忠市', 2019, 0.52, '%', '下降到2019年的0.52%'),
];

const chifengFunds: [string, string, number][] = [
  ['cf-central', '中央及自治区财政专项扶贫资金', 10936000000],
  ['cf-city', '市级财政投入', 895000000],
  ['cf-county', '旗县区投入', 3727000000],
  ['cf-household', '金融扶贫到户贷款', 28359000000],
  ['cf-abc', '农业银行', 54000000],
];

export const funds = chifengFunds.map(([id, name, value]) =>
  ({ ...figure(id, 'poverty-funds', '扶贫资金投入', '150400', '赤峰市', { start: '2014', end: '2020' }, value, '元', `${name}`), notes: [name] }),
);

export const fundsTotal = figure('cf-total', 'poverty-funds', '扶贫资金投入', '150400', '赤峰市', { start: '2014', end: '2020' }, 72040000000, '元', '全市共投入扶贫资金720.4亿元');

export const fundLabels = Object.fromEntries(chifengFunds.map(([id, name]) => [id, name]));
