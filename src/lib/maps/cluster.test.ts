import { describe, expect, it } from 'vitest';
import { allAtOnePoint, clusterPoints } from './cluster.ts';

const at = (x: number, y: number, item: string) => ({ x, y, item });

describe('clusterPoints', () => {
  it('merges points closer than the radius and keeps distant ones apart', () => {
    const clusters = clusterPoints([at(0, 0, 'a'), at(10, 0, 'b'), at(100, 0, 'c'), at(0, 10, 'd')], 20);
    expect(clusters.map((c) => c.items)).toEqual([['a', 'b', 'd'], ['c']]);
    expect(clusters[0]).toMatchObject({ x: 10 / 3, y: 10 / 3 });
  });

  it('puts every point in exactly one cluster', () => {
    const points = Array.from({ length: 40 }, (_, i) => at((i * 17) % 90, (i * 29) % 70, String(i)));
    const items = clusterPoints(points, 25).flatMap((c) => c.items);
    expect(items.sort()).toEqual(points.map((p) => p.item).sort());
  });
});

describe('allAtOnePoint', () => {
  it('tells sites placed at the same town apart from sites merely near each other', () => {
    expect(allAtOnePoint([{ lon: 114.1256, lat: 38.7131 }, { lon: 114.1256, lat: 38.7131 }])).toBe(true);
    expect(allAtOnePoint([{ lon: 114.1256, lat: 38.7131 }, { lon: 114.1887, lat: 38.8483 }])).toBe(false);
  });
});
