import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { FIGURE_COLUMNS } from '../../lib/figure-rows.ts';
import { loadFigures } from './_figures.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await loadFigures(undefined);
  return indicators.map((indicator) => ({ params: { indicator: indicator.id } }));
}) satisfies GetStaticPaths;

/** The figures of one indicator, same columns as figures.csv. */
export const GET: APIRoute = async ({ params, site }) => {
  const { figures } = await loadFigures(site);
  const rows = figures.filter((figure) => figure.indicator === params['indicator']).map(({ row }) => FIGURE_COLUMNS.map((column) => row[column]));
  return new Response(toCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
