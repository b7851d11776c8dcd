import { outlinesOf } from '../../components/maps/geo-data.ts';
import { loadRegionPages } from '../regions/_region-pages.ts';

/** The outlines of the units the site covers, for the heritage-site map's first view. */
export async function GET() {
  const { units } = await loadRegionPages();
  return new Response(JSON.stringify(outlinesOf(new Set(units))), { headers: { 'Content-Type': 'application/json' } });
}
