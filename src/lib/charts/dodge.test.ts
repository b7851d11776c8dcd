import { describe, expect, it } from 'vitest';
import { dodge } from './dodge.ts';

describe('dodge', () => {
  it('leaves labels that do not crowd where they are', () => {
    expect(dodge([10, 50, 90], 16)).toEqual([10, 50, 90]);
  });

  it('spreads crowded labels around where they want to be, keeping their order', () => {
    const [a, b] = dodge([100, 102], 16);
    expect(b! - a!).toBeCloseTo(16);
    expect((a! + b!) / 2).toBeCloseTo(101);
    expect(dodge([102, 100], 16)).toEqual([109, 93]);
  });

  it('keeps a crowd inside the bounds', () => {
    const placed = dodge([198, 199, 200], 16, 0, 200);
    expect(Math.max(...placed)).toBeLessThanOrEqual(200);
    expect(placed).toEqual([168, 184, 200]);
  });
});
