import { readFile } from 'node:fs/promises';
import { topologyPath } from '../../components/maps/geo-data.ts';

/**
 * The county and prefecture shapes for the maps, served as a static file the map pages fetch
 * (and the browser caches), never inlined into pages. data/geo/README.md says where they come from.
 */
export async function GET() {
  return new Response(await readFile(topologyPath(), 'utf8'), { headers: { 'Content-Type': 'application/json' } });
}
