import { unitShapes } from '../../components/maps/geo-data.ts';
import { loadRegionPages } from '../regions/_region-pages.ts';

/**
 * One prefecture-level unit's county shapes and the context around it, as a static file the map
 * pages fetch when a map comes into view; only the units the site's content covers are written.
 * data/geo/README.md says where the shapes come from.
 */
export async function getStaticPaths() {
  const { units } = await loadRegionPages();
  return units.map((unit) => ({ params: { unit } }));
}

export function GET({ params }: { params: { unit: string } }) {
  return new Response(JSON.stringify(unitShapes(params.unit)), { headers: { 'Content-Type': 'application/json' } });
}
