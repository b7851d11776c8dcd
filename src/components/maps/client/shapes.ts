import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type Shape = Feature<Polygon | MultiPolygon, { name: string }>;

/** One prefecture-level unit as a map draws it. */
export interface UnitShapes {
  /** County shapes by shape id: a code, or codes joined by '+' where counties share one shape. */
  counties: Map<string, Shape>;
  /** The unit as one shape (fitting the map, filling under the counties). */
  outline: Shape | undefined;
  /** Borders between the unit's counties, each once. */
  borders: Feature<MultiLineString>;
  /** Neighbours, and lines where regions meet (never a national boundary). */
  context: { land: Feature<MultiPolygon>; outline: Feature<MultiLineString>; prefectureLines: Feature<MultiLineString>; provinceLines: Feature<MultiLineString> };
}

const loaded = new Map<string, Promise<unknown>>();

/** Fetches a file once per page (the browser caches it across pages). */
function fetchJson<T>(url: string): Promise<T> {
  let pending = loaded.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    });
    loaded.set(url, pending);
  }
  return pending as Promise<T>;
}

/** /geo/<unit>.json, decoded. */
export async function loadUnit(url: string): Promise<UnitShapes> {
  const { topology, context } = await fetchJson<{ topology: Topology; context: Topology }>(url);
  const counties = topology.objects['counties'] as GeometryCollection<{ name: string }>;
  const byId = (name: string) => new Map(feature(topology, topology.objects[name] as GeometryCollection<{ name: string }>).features.map((f) => [String(f.id), f as Shape]));
  const part = <T extends Feature>(name: string) => feature(context, context.objects[name] as GeometryObject) as T;
  return {
    counties: byId('counties'),
    outline: [...byId('prefectures').values()][0],
    borders: { type: 'Feature', properties: {}, geometry: mesh(topology, counties as GeometryCollection, (a: GeometryObject, b: GeometryObject) => a !== b) },
    context: {
      land: part<Feature<MultiPolygon>>('land'),
      outline: part<Feature<MultiLineString>>('outline'),
      prefectureLines: part<Feature<MultiLineString>>('prefectureLines'),
      provinceLines: part<Feature<MultiLineString>>('provinceLines'),
    },
  };
}

/** /geo/overview.json: the outlines of the units the site covers. */
export function loadOverview(url: string): Promise<FeatureCollection<Polygon | MultiPolygon, { name: string }>> {
  return fetchJson(url);
}
