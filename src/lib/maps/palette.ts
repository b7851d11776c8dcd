/**
 * Map colours are named, not written, here: a fill is a token (`r0`, `c3` …) that the maps'
 * stylesheet turns into a colour for light and dark mode. Tokens are what the build hands to
 * the browser and what legends and shapes share.
 */
import type { StatusClass } from './old-area.ts';

/** Steps of the five-step sequential ramp (c0 lightest … c4 darkest) used by `count` classes. */
export function rampSteps(count: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [2];
  return Array.from({ length: count }, (_, i) => Math.round((i * 4) / (count - 1)));
}

/** The fill token of each status class in legend order: recognitions darkest first. */
export function statusFills(legend: readonly StatusClass[]): string[] {
  let recognised = 0;
  return legend.map((c) => (c.kind === 'recognised' ? `r${Math.min(recognised++, 2)}` : c.kind === 'history' ? 'hist' : 'none'));
}
