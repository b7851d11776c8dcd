import { defineCollection } from 'astro:content';
import { contentPaths } from './content-paths.ts';
import { dataFileLoader } from './loaders/data-file.ts';
import { editorialPagesLoader } from './loaders/editorial-pages.ts';
import { figuresLoader } from './loaders/figures.ts';
import { regionsLoader } from './loaders/regions.ts';
import { reportsLoader } from './loaders/reports.ts';
import { areaSchema } from './schemas/area.ts';
import { chartSchema } from './schemas/chart.ts';
import { figureSchema } from './schemas/figure.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { editorialPageSchema } from './schemas/page.ts';
import { regionSchema } from './schemas/region.ts';
import { reportEntrySchema } from './schemas/report.ts';
import { siteSchema } from './schemas/site.ts';

const reports = defineCollection({
  loader: reportsLoader({ base: contentPaths.reports, figures: `${contentPaths.data}/figures`, geo: contentPaths.geo }),
  schema: reportEntrySchema,
});

// The national list (data/geo/gb2260.json) with the editors' notes (data/regions.json) merged in.
const regions = defineCollection({
  loader: regionsLoader({ data: contentPaths.data, geo: contentPaths.geo }),
  schema: regionSchema,
});

// Every data file is read by the check's own reader (src/loaders/read-json.ts), so a bad record
// stops dev and build with the check's message, not Astro's.
const indicators = defineCollection({
  loader: dataFileLoader({ file: `${contentPaths.data}/indicators.json`, schema: indicatorSchema }),
  schema: indicatorSchema,
});

const areas = defineCollection({
  loader: dataFileLoader({ file: `${contentPaths.data}/areas.json`, schema: areaSchema, optional: true }),
  schema: areaSchema,
});

const sites = defineCollection({
  loader: dataFileLoader({ file: `${contentPaths.data}/sites.json`, schema: siteSchema, optional: true }),
  schema: siteSchema,
});

const charts = defineCollection({
  loader: dataFileLoader({ file: `${contentPaths.data}/charts.json`, schema: chartSchema, optional: true }),
  schema: chartSchema,
});

const figures = defineCollection({
  loader: figuresLoader({ base: `${contentPaths.data}/figures` }),
  schema: figureSchema,
});

// The editors' own pages, in MDX: /about/, /methods/ …
const pages = defineCollection({
  loader: editorialPagesLoader({ base: contentPaths.pages }),
  schema: editorialPageSchema,
});

export const collections = { reports, regions, indicators, areas, figures, sites, charts, pages };
