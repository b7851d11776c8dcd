import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { csvCells, FIGURE_COLUMNS, figureRow } from '../../lib/figures/rows.ts';
import { siteUrl } from '../../lib/site-address.ts';
import { loadFigures } from './_figures.ts';

export const getStaticPaths = (async () => {
  const { indicators, figures } = await loadFigures();
  // An indicator defined ahead of its first figure gets its page with that figure.
  const used = new Set(figures.map((f) => f.indicator));
  return indicators.filter((indicator) => used.has(indicator.id)).map((indicator) => ({ params: { indicator: indicator.id } }));
}) satisfies GetStaticPaths;

/** The figures of one indicator, same columns as figures.csv. */
export const GET: APIRoute = async ({ params, site }) => {
  const { figures } = await loadFigures();
  const rows = figures.filter((figure) => figure.indicator === params['indicator']).map((figure) => csvCells(figureRow(figure, siteUrl(site))));
  return new Response(toCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
