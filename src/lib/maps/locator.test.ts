import { describe, expect, it } from 'vitest';
import { areaPath, boundsOf, fitFrame, linesPath } from './locator.ts';

const square = { type: 'Polygon' as const, coordinates: [[[118, 42], [120, 42], [120, 44], [118, 44], [118, 42]]] };

describe('locator geometry', () => {
  it('fits the area in the frame, north up, narrowing longitude by latitude', () => {
    const frame = fitFrame(boundsOf([square]), 200, 10);
    expect(frame.project([118, 44])).toEqual([10, 10]);
    const [x, y] = frame.project([120, 42]);
    expect(x).toBeCloseTo(190);
    // 2° of latitude is taller than 2° of longitude at 43°N
    expect(y).toBeGreaterThan(190);
    expect(frame.height).toBe(Math.round(y + 10));
  });

  it('writes closed rings and drops vertices closer than a step', () => {
    const frame = fitFrame([0, 0, 1, 1], 102, 1);
    const crowded = { type: 'Polygon' as const, coordinates: [[[0, 0], [0.001, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(areaPath(crowded, frame, 1)).toBe('M1 101L101 101L101 1L1 101Z');
  });

  it('keeps the last point of an open line so borders meet', () => {
    const frame = fitFrame([0, 0, 1, 1], 102, 1);
    expect(linesPath([[[0, 0], [0.5, 0], [0.5001, 0]]], frame, 1)).toBe('M1 101L51 101L51 101');
  });
});
