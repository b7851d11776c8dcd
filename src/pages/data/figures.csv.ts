import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { csvCells, FIGURE_COLUMNS, figureRow } from '../../lib/figures/rows.ts';
import { siteUrl } from '../../lib/site-address.ts';
import { loadFigures } from './_figures.ts';

/** Every figure, one row each, UTF-8 with BOM so Excel shows the Chinese. */
export const GET: APIRoute = async ({ site }) => {
  const { figures } = await loadFigures();
  const csv = toCsv(FIGURE_COLUMNS, figures.map((figure) => csvCells(figureRow(figure, siteUrl(site)))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
