import type { APIRoute } from 'astro';
import { loadFigures } from './_figures.ts';

/** Every figure as a JSON array of rows with the same fields as figures.csv. */
export const GET: APIRoute = async ({ site }) => {
  const { figures } = await loadFigures(site);
  return new Response(JSON.stringify(figures.map(({ row }) => row), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
