import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Shape = Feature<Polygon | MultiPolygon, { name: string }>;
export interface Shapes {
  counties: Map<string, Shape>;
  prefectures: Map<string, Shape>;
}

const loaded = new Map<string, Promise<Shapes>>();

/** Fetches the topology once per page (the browser caches it across pages) and decodes it. */
export function loadShapes(url: string): Promise<Shapes> {
  let shapes = loaded.get(url);
  if (!shapes) {
    shapes = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<Topology>;
      })
      .then((topology) => ({ counties: byId(topology, 'counties'), prefectures: byId(topology, 'prefectures') }));
    loaded.set(url, shapes);
  }
  return shapes;
}

function byId(topology: Topology, name: string): Map<string, Shape> {
  const collection = feature(topology, topology.objects[name] as GeometryCollection<{ name: string }>);
  return new Map(collection.features.map((f) => [String(f.id), f as Shape]));
}
