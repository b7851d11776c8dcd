import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { parseJsonArray } from './read-json.ts';
import { mergeRegions } from '../lib/regions/merge.ts';
import { nationalRegionSchema, regionNotesSchema, type NationalRegion, type Region, type RegionNotes } from '../schemas/region.ts';

/** The generated national list, in the geo folder, and the editors' notes, in the data folder. */
export const NATIONAL_LIST = 'gb2260.json';
export const REGION_NOTES = 'regions.json';

/**
 * Every region the site knows: the national list (in `paths.geo`) with the editors' notes (in
 * `paths.data`) merged in, and what is wrong with either file. `rel` names files in messages.
 */
export function readRegions(paths: { data: string; geo: string }, rel: (path: string) => string = (path) => path): { regions: Region[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const nationalPath = join(paths.geo, NATIONAL_LIST);
  const notesPath = join(paths.data, REGION_NOTES);
  const national = readArray(nationalPath, nationalRegionSchema, rel, problems) as NationalRegion[];
  const notesText = readText(notesPath, rel, problems, true);
  const notes = notesText === undefined ? [] : (parseJsonArray(notesText, rel(notesPath), regionNotesSchema, problems) as RegionNotes[]);
  const lineOf = (id: string) => {
    const at = notesText?.indexOf(`"id": "${id}"`) ?? -1;
    return at < 0 ? undefined : notesText!.slice(0, at).split('\n').length;
  };
  const merged = mergeRegions(national, notes, rel(notesPath), lineOf);
  return { regions: merged.regions, problems: [...problems, ...merged.problems] };
}

/** The `regions` collection: one entry per region of the national list, notes merged in. */
export function regionsLoader(options: { data: string; geo: string }): Loader {
  return {
    name: 'laoqu-regions',
    async load({ store, config, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      const { regions, problems } = readRegions({ data: resolve(root, options.data), geo: resolve(root, options.geo) }, (path) => relative(root, path));
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const region of regions) {
        const data = await parseData({ id: region.id, data: region });
        store.set({ id: region.id, data, digest: generateDigest(region) });
      }
    },
  };
}

function readText(path: string, rel: (path: string) => string, problems: Problem[], optional = false): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    problems.push({ file: rel(path), message: '文件不存在 / the file does not exist', fix: '从仓库恢复该文件 / restore it from the repository' });
    return undefined;
  }
}

function readArray(path: string, schema: typeof nationalRegionSchema | typeof regionNotesSchema, rel: (path: string) => string, problems: Problem[]): unknown[] {
  const text = readText(path, rel, problems);
  return text === undefined ? [] : parseJsonArray(text, rel(path), schema, problems);
}
