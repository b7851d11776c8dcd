import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { areasById } from './topology.ts';

// Two unit squares side by side sharing one arc (arc 1).
const topology: Topology = {
  type: 'Topology',
  arcs: [
    [[1, 0], [0, 0], [0, 1], [1, 1]],
    [[1, 1], [1, 0]],
    [[1, 0], [2, 0], [2, 1], [1, 1]],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], id: '150429', properties: { name: '宁城县' } },
        { type: 'Polygon', arcs: [[2, 1]], id: '150428', properties: { name: '喀喇沁旗' } },
      ],
    },
    seats: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0.5, 0.5], id: '150429' }] },
  },
};

describe('areasById', () => {
  it('decodes each shape under its adcode', () => {
    const areas = areasById(topology, 'counties');
    expect([...areas.keys()]).toEqual(['150429', '150428']);
    expect(areas.get('150428')).toEqual({ type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] });
  });

  it('refuses a missing object and shapes that are not areas, naming them', () => {
    expect(() => areasById(topology, 'prefectures')).toThrow(/prefectures/);
    expect(() => areasById(topology, 'seats')).toThrow(/150429/);
  });
});
