import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { figureSchema } from '../schemas/figure.ts';
import { readJsonArray } from './read-json.ts';

/**
 * Loads data/figures/<report-slug>.json, each an array of figures, into one collection keyed by
 * figure id, with the check's reader: a bad record or an id used twice stops the load with the
 * check's message. The file name says which report the figures come from.
 */
export function figuresLoader(options: { base: string }): Loader {
  return {
    name: 'laoqu-figures',
    async load({ store, config, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, options.base);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
      const problems: Problem[] = [];
      const seen = new Map<string, string>();
      store.clear();
      for (const name of names) {
        const path = join(dir, name);
        const file = relative(root, path);
        for (const record of readJsonArray(path, figureSchema, (p) => relative(root, p), problems)) {
          const clash = seen.get(record.id);
          if (clash) {
            problems.push({ file: `${file} (${record.id})`, field: 'id', message: `编号 ${record.id} 重复，已见于 ${clash} / the id is already used in ${clash}`, fix: '换一个编号 / choose another id' });
            continue;
          }
          seen.set(record.id, file);
          const data = await parseData({ id: record.id, data: { ...record, report: name.replace(/\.json$/, '') }, filePath: file });
          store.set({ id: record.id, data, filePath: file, digest: generateDigest(record) });
        }
      }
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
