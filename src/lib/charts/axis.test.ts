import { describe, expect, it } from 'vitest';
import { valueScale, valueTicks, yearTicks } from './axis.ts';

describe('value axis', () => {
  it('starts at zero and writes 万 and 亿 with the unit on the top tick', () => {
    const y = valueScale([97340, 659], [200, 0]);
    expect(y.domain()[0]).toBe(0);
    expect(valueTicks(y, '人').map((t) => t.text)).toEqual(['0', '2万', '4万', '6万', '8万', '10万人']);
    expect(valueTicks(valueScale([72040000000], [200, 0]), '元').at(-1)?.text).toBe('800亿元');
  });

  it('puts % on every tick', () => {
    expect(valueTicks(valueScale([26, 0.52], [200, 0]), '%').map((t) => t.text)).toEqual(['0%', '10%', '20%', '30%']);
  });
});

describe('year ticks', () => {
  it('shows every year with data when there are few', () => {
    expect(yearTicks([2015, 2019, 2016], 6)).toEqual([2015, 2016, 2019]);
  });

  it('steps through long spans and always ends on the last year', () => {
    const ticks = yearTicks([2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2020], 5);
    expect(ticks[0]).toBe(2000);
    expect(ticks.at(-1)).toBe(2020);
    expect(ticks.length).toBeLessThanOrEqual(5);
  });
});
