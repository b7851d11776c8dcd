import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { mapContext } from './context.ts';

// Three unit squares in a row (A, B in one province, C in another) and a far square D.
const square = (x: number, y = 0) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];
const unit = (id: string, province: string, x: number, y = 0) => ({ type: 'Feature' as const, id, properties: { name: id, province }, geometry: { type: 'Polygon' as const, coordinates: square(x, y) } });
const units: FeatureCollection = { type: 'FeatureCollection', features: [unit('A', 'P', 0), unit('B', 'P', 1), unit('C', 'Q', -1), unit('D', 'P', 10, 10)] };
const outlines = topology({ units }) as unknown as Topology;

describe('mapContext', () => {
  const context = mapContext(outlines, ['A']);

  it('frames the units with a margin and keeps only neighbours within it, cut to the frame', () => {
    expect(context.bounds).toEqual([-0.25, -0.25, 1.25, 1.25]);
    expect(context.land).toHaveLength(2);
    for (const polygon of context.land) for (const [x = 0] of polygon[0]!) expect(x >= -0.25 && x <= 1.25).toBe(true);
  });

  it('draws lines only where two units meet, never the outer edge', () => {
    expect(context.outline).toEqual([[[1, 0], [1, 1]]].map((line) => expect.arrayContaining(line.map((p) => expect.arrayContaining(p)))));
    expect(context.provinceLines.flat().every(([x]) => x === 0)).toBe(true);
    expect(context.prefectureLines).toEqual([]);
  });
});
