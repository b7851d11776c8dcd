import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, PALETTE } from './palette.ts';

describe('chart palette', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const colours = PALETTE[scheme];
    it(`${scheme}: every series colour stands out from the paper (WCAG 1.4.11, 3:1)`, () => {
      for (const colour of colours.series) expect(contrastRatio(colour, colours.paper), colour).toBeGreaterThanOrEqual(3);
    });
    it(`${scheme}: text colours pass AA (4.5:1)`, () => {
      expect(contrastRatio(colours.ink, colours.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours.soft, colours.paper)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${scheme}: the axis line is visible (3:1)`, () => {
      expect(contrastRatio(colours.axis, colours.paper)).toBeGreaterThanOrEqual(3);
    });
  }

  it('is the palette chart.css uses for dark mode and the page', () => {
    const css = readFileSync(new URL('../../components/charts/chart.css', import.meta.url), 'utf8').toLowerCase();
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    for (const colour of [...PALETTE.light.series, PALETTE.light.paper, PALETTE.light.ink]) expect(light, colour).toContain(colour);
    for (const colour of [...PALETTE.dark.series, PALETTE.dark.paper, PALETTE.dark.ink]) expect(dark, colour).toContain(colour);
  });
});
