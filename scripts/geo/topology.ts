/**
 * Builds the shipped topology: county shapes (object `counties`), simplified so shared borders stay
 * shared, plus prefecture outlines merged from their counties (object `prefectures`).
 */
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { FeatureCollection, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import type { GeometryCollection, MultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { COUNTIES_OBJECT, PREFECTURES_OBJECT } from '../../src/lib/geo/topology.ts';
import type { SourceCounty } from './source-autonavi.ts';

export interface PrefectureLabel {
  id: string;
  name: string;
}

/** Grid of the delta-encoded output: 1e5 steps over the five prefectures' extent is about 15 m. */
export const QUANTIZATION = 1e5;

/** Topology with the `{}` properties parameter that the topojson-simplify and -client typings expect. */
type PlainTopology = Topology<Objects<{}>>;

type CountyGeometry = (Polygon | MultiPolygon) & { id: string; properties: { name: string; parent: string } };

/**
 * Returns a builder that simplifies to a given fraction of interior points. Topology and weights
 * are computed once; each call only thresholds them, so trying several fractions is cheap.
 */
export function topologyBuilder(counties: readonly SourceCounty[], prefectures: readonly PrefectureLabel[]) {
  const collection: FeatureCollection<GeoPolygon | GeoMultiPolygon> = {
    type: 'FeatureCollection',
    features: counties.map((county) => ({
      type: 'Feature',
      id: county.id,
      properties: { name: county.name, parent: county.prefecture },
      geometry: county.geometry as GeoPolygon | GeoMultiPolygon,
    })),
  };
  // The @types packages disagree on Topology's properties parameter; PlainTopology bridges that.
  const weighted = presimplify(topology({ [COUNTIES_OBJECT]: collection }) as PlainTopology);
  keepClosedRingsOpen(weighted);

  return (retainedFraction: number): Topology => {
    const simplified = simplify(weighted, quantile(weighted, retainedFraction));
    const countyCollection = simplified.objects[COUNTIES_OBJECT] as GeometryCollection;
    const countyGeometries = countyCollection.geometries as CountyGeometry[];
    const prefectureGeometries = prefectures.map((prefecture) => {
      const members = countyGeometries.filter((geometry) => geometry.properties.parent === prefecture.id);
      return {
        ...mergeArcs(simplified, members),
        id: prefecture.id,
        properties: { name: prefecture.name },
      };
    });
    const withPrefectures: PlainTopology = {
      ...simplified,
      objects: {
        [COUNTIES_OBJECT]: {
          type: 'GeometryCollection',
          // Pages need only the name; the parent is implied by the adcode.
          geometries: countyGeometries.map(({ type, arcs, id, properties }) => ({
            type,
            arcs,
            id,
            properties: { name: properties.name },
          })) as GeometryCollection['geometries'],
        },
        [PREFECTURES_OBJECT]: { type: 'GeometryCollection', geometries: prefectureGeometries },
      },
    };
    return quantize(withPrefectures, QUANTIZATION);
  };
}

/**
 * An island or exclave drawn as a single closed arc keeps only its endpoints under simplification
 * and collapses to nothing. Give the three most significant interior points of such arcs infinite
 * weight, so every ring survives as at least a triangle.
 */
function keepClosedRingsOpen(weighted: PlainTopology): void {
  for (const arc of weighted.arcs as number[][][]) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of interior.slice(0, 3)) point[2] = Number.POSITIVE_INFINITY;
  }
}
