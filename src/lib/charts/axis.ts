import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatTick } from '../format-number.ts';

export interface Tick {
  value: number;
  text: string;
}

/**
 * A value scale from zero: poverty counts fall to near zero and bars start there, so the baseline
 * is always drawn. Ticks read as a Chinese chart's do — 0, 5万, 10万人 — with the unit on the top
 * tick only (every tick for %, where the sign is the unit).
 */
export function valueScale(values: readonly number[], range: [number, number], tickCount = 4) {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const scale: ScaleLinear<number, number> = scaleLinear().domain([min, max === min ? 1 : max]).range(range).nice(tickCount);
  return scale;
}

export function valueTicks(scale: ScaleLinear<number, number>, unit: string, count = 4): Tick[] {
  const values = scale.ticks(count);
  const top = values.at(-1);
  return values.map((value) => ({
    value,
    text: unit === '%' || value === top ? formatTick(value, unit) : formatTick(value),
  }));
}

/** Year ticks: every year that has data when few, else a round step; never a fraction of a year. */
export function yearTicks(years: readonly number[], maxTicks: number): number[] {
  const whole = [...new Set(years.map(Math.floor))].sort((a, b) => a - b);
  if (whole.length <= maxTicks) return whole;
  const first = whole[0]!;
  const last = whole.at(-1)!;
  const step = Math.ceil((last - first) / Math.max(1, maxTicks - 1));
  const ticks: number[] = [];
  for (let year = first; year < last; year += step) ticks.push(year);
  if (last - (ticks.at(-1) ?? first) >= step / 2) ticks.push(last);
  else ticks[ticks.length - 1] = last;
  return ticks;
}
