import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { FIGURE_COLUMNS } from '../../lib/figure-rows.ts';
import { loadFigures } from './_figures.ts';

/** Every figure, one row each, UTF-8 with BOM so Excel shows the Chinese. */
export const GET: APIRoute = async ({ site }) => {
  const { figures } = await loadFigures(site);
  const csv = toCsv(FIGURE_COLUMNS, figures.map(({ row }) => FIGURE_COLUMNS.map((column) => row[column])));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
