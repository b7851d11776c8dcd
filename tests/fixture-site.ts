/**
 * The test site in tests/fixture/ (see its README) and where npm test builds it. Browser and
 * build tests read the fixture through this module, never the project's own content/ and data/:
 * those are the editors', checked by `npm run check`, and may change at any time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readReportFile, type ReportFile } from '../src/lib/content/report-file.ts';
import { areaSchema } from '../src/schemas/area.ts';
import { chartSchema } from '../src/schemas/chart.ts';
import { figureSchema, type Figure } from '../src/schemas/figure.ts';
import { indicatorSchema } from '../src/schemas/indicator.ts';
import { regionNotesSchema } from '../src/schemas/region.ts';
import { siteSchema } from '../src/schemas/site.ts';

const root = resolve(import.meta.dirname, '..');

/** The fixture's folders, and the build npm test makes of it (git-ignored, in tests/output/). */
export const fixture = {
  reports: join(root, 'tests/fixture/content/reports'),
  data: join(root, 'tests/fixture/data'),
  /** The project's generated national list and shapes: reference data, shared with the real site. */
  geo: join(root, 'data/geo'),
  dist: join(root, 'tests/output/fixture-dist'),
  /** Astro's cache for the fixture build, so it never evicts the real site's cached renders. */
  cache: join(root, 'tests/output/fixture-cache'),
};

/** The environment that points scripts/build.ts, scripts/check.ts and scripts/figures.ts at the fixture. */
export const fixtureEnv = {
  LAOQU_REPORTS: fixture.reports,
  LAOQU_DATA: fixture.data,
  LAOQU_GEO: fixture.geo,
  LAOQU_OUT: fixture.dist,
  LAOQU_CACHE: fixture.cache,
};

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every report of the fixture, validated as the build reads it, by file name. */
export function fixtureReports(): ReportFile[] {
  return readdirSync(fixture.reports)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { report, problems } = readReportFile(name, readFileSync(join(fixture.reports, name), 'utf8'));
      if (!report) throw new Error(`tests/fixture: ${name}: ${problems.map((p) => p.message).join('; ')}`);
      return report;
    });
}

export type FixtureFigure = Figure & { report: string };

/** Every figure of the fixture, with the slug of the report whose file holds it. */
export function fixtureFigures(): FixtureFigure[] {
  const dir = join(fixture.data, 'figures');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => z.array(figureSchema).parse(readJson(join(dir, name))).map((figure) => ({ ...figure, report: name.replace(/\.json$/, '') })));
}

export const fixtureSites = () => z.array(siteSchema).parse(readJson(join(fixture.data, 'sites.json')));
export const fixtureCharts = () => z.array(chartSchema).parse(readJson(join(fixture.data, 'charts.json')));
export const fixtureAreas = () => z.array(areaSchema).parse(readJson(join(fixture.data, 'areas.json')));
export const fixtureIndicators = () => z.array(indicatorSchema).parse(readJson(join(fixture.data, 'indicators.json')));
export const fixtureRegionNotes = () => z.array(regionNotesSchema).parse(readJson(join(fixture.data, 'regions.json')));
