import { describe, expect, it } from 'vitest';
import { classCount, classify, classIndex } from './classes.ts';

describe('classify', () => {
  it('gives each value its own class when there are five or fewer', () => {
    expect(classify([4150000, 1500000, 4150000])).toEqual([
      { min: 1500000, max: 1500000 },
      { min: 4150000, max: 4150000 },
    ]);
  });

  it('breaks at the gaps in the data', () => {
    const classes = classify([1, 2, 3, 50, 52, 55, 400, 410]);
    expect(classes).toEqual([
      { min: 1, max: 3 },
      { min: 50, max: 55 },
      { min: 400, max: 410 },
    ]);
  });

  it('puts every value in exactly one class, lowest first', () => {
    const values = Array.from({ length: 30 }, (_, i) => (i * 37) % 101);
    const classes = classify(values);
    expect(classes).toHaveLength(classCount(new Set(values).size));
    for (const v of values) expect(classes.filter((c) => v >= c.min && v <= c.max)).toHaveLength(1);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBeGreaterThan(classes[i - 1]!.max);
  });

  it('finds the class of a value, and none outside', () => {
    const classes = classify([1, 2, 3, 50, 52, 55, 400, 410]);
    expect(classIndex(classes, 52)).toBe(1);
    expect(classIndex(classes, 20)).toBe(-1);
    expect(classify([])).toEqual([]);
  });
});
