import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentPaths } from './content-paths.ts';
import { reportsLoader } from './loaders/reports.ts';
import { reportEntrySchema } from './schemas/report.ts';
import { regionSchema } from './schemas/region.ts';

const reports = defineCollection({
  loader: reportsLoader({ base: contentPaths.reports }),
  schema: reportEntrySchema,
});

const regions = defineCollection({
  loader: file(`${contentPaths.data}/regions.json`),
  schema: regionSchema,
});

export const collections = { reports, regions };
