import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentPaths } from './content-paths.ts';
import { figuresLoader } from './loaders/figures.ts';
import { regionsLoader } from './loaders/regions.ts';
import { reportsLoader } from './loaders/reports.ts';
import { areaSchema } from './schemas/area.ts';
import { figureSchema } from './schemas/figure.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { regionSchema } from './schemas/region.ts';
import { reportEntrySchema } from './schemas/report.ts';

const reports = defineCollection({
  loader: reportsLoader({ base: contentPaths.reports, figures: `${contentPaths.data}/figures`, geo: contentPaths.geo }),
  schema: reportEntrySchema,
});

// The national list (data/geo/gb2260.json) with the editors' notes (data/regions.json) merged in.
const regions = defineCollection({
  loader: regionsLoader({ data: contentPaths.data, geo: contentPaths.geo }),
  schema: regionSchema,
});

const indicators = defineCollection({
  loader: file(`${contentPaths.data}/indicators.json`),
  schema: indicatorSchema,
});

const areas = defineCollection({
  loader: file(`${contentPaths.data}/areas.json`),
  schema: areaSchema,
});

const figures = defineCollection({
  loader: figuresLoader({ base: `${contentPaths.data}/figures` }),
  schema: figureSchema,
});

export const collections = { reports, regions, indicators, areas, figures };
