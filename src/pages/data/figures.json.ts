import type { APIRoute } from 'astro';
import { figureRow } from '../../lib/figures/rows.ts';
import { siteUrl } from '../../lib/site-address.ts';
import { loadFigures } from './_figures.ts';

/** Every figure as a JSON array of rows with the same fields as figures.csv (a range as { low, high }, a part's regions as an array). */
export const GET: APIRoute = async ({ site }) => {
  const { figures } = await loadFigures();
  return new Response(JSON.stringify(figures.map((figure) => figureRow(figure, siteUrl(site))), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
