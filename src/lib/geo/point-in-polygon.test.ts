import { describe, expect, it } from 'vitest';
import { distanceKm, distanceToBoundaryKm, pointInGeometry, pointInPolygon, pointInRing, type AreaGeometry } from './point-in-polygon.ts';

// A 2°×2° square with a 1°×1° hole in the middle, and an island to the east.
const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
const hole = [[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]];
const island = [[5, 0], [6, 0], [6, 1], [5, 0]];
const withHole: AreaGeometry = { type: 'Polygon', coordinates: [square, hole] };
const twoParts: AreaGeometry = { type: 'MultiPolygon', coordinates: [[square, hole], [island]] };

describe('pointInRing', () => {
  it('tells inside from outside, including a concave notch', () => {
    const notched = [[0, 0], [4, 0], [4, 4], [2, 1], [0, 4], [0, 0]];
    expect(pointInRing([1, 0.5], notched)).toBe(true);
    expect(pointInRing([2, 3], notched)).toBe(false);
    expect(pointInRing([5, 1], notched)).toBe(false);
  });

  it('works whether or not the ring repeats its first position', () => {
    expect(pointInRing([1, 0.2], [[0, 0], [2, 0], [2, 2], [0, 2]])).toBe(true);
  });
});

describe('pointInPolygon / pointInGeometry', () => {
  it('excludes points in a hole', () => {
    expect(pointInPolygon([0.2, 0.2], [square, hole])).toBe(true);
    expect(pointInPolygon([1, 1], [square, hole])).toBe(false);
    expect(pointInGeometry([1, 1], withHole)).toBe(false);
  });

  it('finds points in any part of a MultiPolygon', () => {
    expect(pointInGeometry([5.8, 0.5], twoParts)).toBe(true);
    expect(pointInGeometry([5.2, 0.9], twoParts)).toBe(false);
    expect(pointInGeometry([3, 1], twoParts)).toBe(false);
  });
});

describe('distanceKm', () => {
  it('measures one degree of latitude as about 111 km', () => {
    expect(distanceKm([118, 42], [118, 43])).toBeCloseTo(111.2, 0);
  });

  it('measures a GCJ-02 sized shift (about 0.006° east) as about half a kilometre at 42° N', () => {
    expect(distanceKm([118.9476, 42.2946], [118.9539, 42.2966])).toBeGreaterThan(0.4);
    expect(distanceKm([118.9476, 42.2946], [118.9539, 42.2966])).toBeLessThan(0.7);
  });
});

describe('distanceToBoundaryKm', () => {
  it('gives the distance to the nearest edge, holes included', () => {
    // 0.1° of latitude from the hole's lower edge, at about 1° N.
    expect(distanceToBoundaryKm([1, 0.4], withHole)).toBeCloseTo(11.1, 0);
    expect(distanceToBoundaryKm([1, 0.05], withHole)).toBeCloseTo(5.6, 0);
  });
});
