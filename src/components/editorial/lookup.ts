/**
 * What the editorial components draw, found by the id an editor wrote in an MDX page. The page
 * route (src/pages/[page]/) reads the collections and hands the lookup down through Astro.locals:
 * MDX gives its components no props but the editor's, and components do not read pages' loaders.
 * An id that names nothing stops the build with the page and what to write instead
 * (`npm run check` says the same before any build: src/check/pages.ts).
 */
import type { JoinedFigure } from '../../lib/figures/joined.ts';
import type { ChartSpec } from '../../schemas/chart.ts';

/** A region's locator map as its region page draws it. */
export interface EditorialMap {
  name: string;
  units: string[];
  highlight: string[];
  points: { name: string; href: string; coordinates: [number, number]; approximate: boolean }[];
}

export interface EditorialLookup {
  figures: readonly JoinedFigure[];
  charts: readonly ChartSpec[];
  map: (code: string) => EditorialMap | undefined;
}

const KEY = 'laoquEditorial';

/** Called by the page route before it renders the MDX. */
export function provideLookup(locals: object, lookup: EditorialLookup): void {
  (locals as Record<string, unknown>)[KEY] = lookup;
}

function lookupOf(locals: object, page: string): EditorialLookup {
  const lookup = (locals as Record<string, EditorialLookup | undefined>)[KEY];
  if (!lookup) throw new Error(`${page}: 编者页面组件只能用在 content/pages/ 的页面中 / editorial components work only in the pages of content/pages/`);
  return lookup;
}

export function findChart(locals: object, id: string, page: string): { spec: ChartSpec; figures: readonly JoinedFigure[] } {
  const { charts, figures } = lookupOf(locals, page);
  const spec = charts.find((chart) => chart.id === id);
  if (!spec) throw new Error(`${page}: <Chart id="${id}" />：data/charts.json 中没有这个图表 / there is no chart ${id} in data/charts.json`);
  return { spec, figures };
}

export function findFigure(locals: object, id: string, page: string): JoinedFigure {
  const figure = lookupOf(locals, page).figures.find((f) => f.id === id);
  if (!figure) throw new Error(`${page}: <Figure id="${id}" />：data/figures/ 中没有这个数字 / there is no figure ${id} in data/figures/`);
  return figure;
}

export function findMap(locals: object, code: string, page: string): EditorialMap {
  const map = lookupOf(locals, page).map(code);
  if (!map) throw new Error(`${page}: <Map region="${code}" />：行政区划代码表中没有这个代码 / ${code} is not in the national code list`);
  return map;
}
