import { describe, expect, it } from 'vitest';
import { HISTORY_CLASS, NONE_CLASS } from './old-area.ts';
import { rampSteps, statusFills } from './palette.ts';

describe('rampSteps', () => {
  it('spreads few classes across the ramp, so two classes look clearly different', () => {
    expect(rampSteps(1)).toEqual([2]);
    expect(rampSteps(2)).toEqual([0, 4]);
    expect(rampSteps(3)).toEqual([0, 2, 4]);
    expect(rampSteps(5)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('statusFills', () => {
  it('gives recognitions the strong reds and the rest their own fills', () => {
    const recognised = (year: number) => ({ key: String(year), label: '', kind: 'recognised' as const, year });
    expect(statusFills([recognised(1951), recognised(2011), HISTORY_CLASS, NONE_CLASS])).toEqual(['r0', 'r1', 'hist', 'none']);
  });
});
