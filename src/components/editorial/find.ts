/**
 * What the editorial components draw, found by the id an editor wrote in an MDX page. An id that
 * names nothing stops the build with the page and what to write instead (`npm run check` says
 * the same before any build: src/check/pages.ts).
 */
import { loadChartSpecs } from '../charts/chart-specs.ts';
import { loadFigures } from '../../pages/data/_figures.ts';

export async function findChart(id: string, page: string) {
  const { figures } = await loadFigures();
  const spec = (await loadChartSpecs(figures)).find((chart) => chart.id === id);
  if (!spec) throw new Error(`${page}: <Chart id="${id}" />：data/charts.json 中没有这个图表 / there is no chart ${id} in data/charts.json`);
  return { spec, figures };
}

export async function findFigure(id: string, page: string) {
  const figure = (await loadFigures()).figures.find((f) => f.id === id);
  if (!figure) throw new Error(`${page}: <Figure id="${id}" />：data/figures/ 中没有这个数字 / there is no figure ${id} in data/figures/`);
  return figure;
}
