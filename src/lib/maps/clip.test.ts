import { describe, expect, it } from 'vitest';
import { clipLine, clipRing } from './clip.ts';

describe('clipRing', () => {
  it('cuts a ring to the box and keeps it closed', () => {
    const ring = [[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]];
    expect(clipRing(ring, [0, 0, 2, 2])).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });

  it('leaves nothing of a ring outside the box', () => {
    expect(clipRing([[5, 5], [6, 5], [6, 6], [5, 5]], [0, 0, 2, 2])).toEqual([]);
  });
});

describe('clipLine', () => {
  it('splits a line where it leaves and re-enters the box', () => {
    const parts = clipLine([[0.5, 0.5], [3, 0.5], [3, 1.5], [0.5, 1.5]], [0, 0, 2, 2]);
    expect(parts).toEqual([[[0.5, 0.5], [2, 0.5]], [[2, 1.5], [0.5, 1.5]]]);
  });
});
