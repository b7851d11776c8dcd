import { EDITORIAL_COMPONENTS } from '../../lib/content/editorial.ts';
import Chart from './Chart.astro';
import Figure from './Figure.astro';
import FigureCard from './FigureCard.astro';
import Map from './Map.astro';

/**
 * The components an editorial page (content/pages/*.mdx) may use without importing them: a chart
 * of data/charts.json, a figure in a sentence or as a card, a region's map, each by id.
 */
export const editorialComponents = { Chart, Figure, FigureCard, Map } satisfies Record<keyof typeof EDITORIAL_COMPONENTS, unknown>;
