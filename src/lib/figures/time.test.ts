import { describe, expect, it } from 'vitest';
import { timeBounds, timeLabel, timePosition, timeSortKey, timeText } from './time.ts';

describe('a figure’s time', () => {
  it('labels points, periods, unknown starts and unknown times for the CSV', () => {
    expect(timeLabel({ at: '2015' })).toBe('2015');
    expect(timeLabel({ at: '2020-07' })).toBe('2020-07');
    expect(timeLabel({ start: '2016', end: '2016' })).toBe('2016');
    expect(timeLabel({ start: '2016', end: '2019' })).toBe('2016/2019');
    expect(timeLabel({ start: null, end: '2020' })).toBe('/2020');
    expect(timeLabel('unknown')).toBe('');
  });

  it('keeps an unknown start unknown in the period columns', () => {
    expect(timeBounds({ start: null, end: '2020' })).toEqual({ start: null, end: '2020', kind: 'period' });
    expect(timeBounds({ at: '2015-12-31' })).toEqual({ start: '2015-12-31', end: '2015-12-31', kind: 'point' });
    expect(timeBounds('unknown')).toEqual({ start: null, end: null, kind: 'unknown' });
  });

  it('says a stock is a level at a moment and a running total is one', () => {
    expect(timeText({ at: '2015' }, 'stock')).toBe('截至2015年');
    expect(timeText({ at: '2015' }, 'rate')).toBe('2015年');
    expect(timeText({ start: '2014', end: '2020' }, 'cumulative')).toBe('2014年—2020年累计');
    expect(timeText({ start: null, end: '2020-07' }, 'cumulative')).toBe('截至2020年7月累计（起点未载明）');
    expect(timeText({ start: '2016', end: '2016' }, 'flow')).toBe('2016年');
    expect(timeText('unknown')).toBe('时间未载明');
  });

  it('places a time on an axis at its end, and an unknown time nowhere', () => {
    expect(timePosition({ at: '2020-07' })).toBe(2020.5);
    expect(timePosition({ start: '2014', end: '2019' })).toBe(2019);
    expect(timePosition('unknown')).toBeUndefined();
    expect([timeSortKey('unknown'), timeSortKey({ at: '2019' }), timeSortKey({ start: '2014', end: '2016' })].sort()).toEqual(['2016|2014', '2019|2019', '~']);
  });
});
