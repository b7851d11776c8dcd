import type { EDITORIAL_COMPONENTS } from '../../lib/content/editorial.ts';
import DataDictionary from '../DataDictionary.astro';
import Chart from './Chart.astro';
import Figure from './Figure.astro';
import FigureCard from './FigureCard.astro';
import Map from './Map.astro';

/** The components that draw something by id: each one the check knows (src/check/pages.ts). */
const drawnById = { Chart, Figure, FigureCard, Map } satisfies Record<keyof typeof EDITORIAL_COMPONENTS, unknown>;

/**
 * The components an editorial page (content/pages/*.mdx) may use without importing them: a chart
 * of data/charts.json, a figure in a sentence or as a card, a region's map, each by id, and the
 * data dictionary of the downloads.
 */
export const editorialComponents = { ...drawnById, DataDictionary };
