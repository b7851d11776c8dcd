import { describe, expect, it } from 'vitest';
import { dropRepeatedPositions } from './clean.ts';

describe('dropRepeatedPositions', () => {
  it('removes consecutive repeats but keeps the ring closed', () => {
    const cleaned = dropRepeatedPositions({
      type: 'Polygon',
      coordinates: [[[0, 0], [0, 0], [1, 0], [1, 1], [1, 1], [0, 0]]],
    });
    expect(cleaned).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
  });

  it('cleans every part of a MultiPolygon and leaves the input untouched', () => {
    const input = { type: 'MultiPolygon' as const, coordinates: [[[[0, 0], [2, 0], [2, 0], [0, 2], [0, 0]]], [[[5, 5], [6, 5], [5, 6], [5, 6], [5, 5]]]] };
    const cleaned = dropRepeatedPositions(input);
    expect(cleaned.coordinates).toEqual([[[[0, 0], [2, 0], [0, 2], [0, 0]]], [[[5, 5], [6, 5], [5, 6], [5, 5]]]]);
    expect(input.coordinates[0]?.[0]).toHaveLength(5);
  });
});

describe('dropRepeatedPositions on degenerate rings', () => {
  it('drops a hole or a part that has no area left', () => {
    const cleaned = dropRepeatedPositions({
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [2, 0], [2, 2], [0, 0]], [[1, 1], [1, 1], [1, 1]]],
        [[[5, 5], [5, 5], [6, 6], [5, 5]]],
      ],
    });
    expect(cleaned).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [2, 0], [2, 2], [0, 0]]]] });
  });
});

describe('dropRepeatedPositions on spikes', () => {
  it('removes an out-and-back run, however long', () => {
    const cleaned = dropRepeatedPositions({
      type: 'Polygon',
      coordinates: [[[0, 0], [2, 0], [3, -1], [4, -2], [3, -1], [2, 0], [2, 2], [0, 2], [0, 0]]],
    });
    expect(cleaned).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] });
  });
});
