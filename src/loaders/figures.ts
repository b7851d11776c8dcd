import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, type Problem } from '../lib/content/problem.ts';

/**
 * Loads data/figures/<report-slug>.json, each an array of figures, into one collection keyed by
 * figure id. The file name says which report the figures come from.
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
        const records = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>[];
        for (const record of records) {
          const id = String(record['id']);
          if (seen.has(id)) {
            problems.push({ file, field: 'id', message: `数字编号 ${id} 已在 ${seen.get(id)} 中使用 / figure id ${id} is already used in ${seen.get(id)}`, fix: '换一个编号 / choose another id' });
            continue;
          }
          seen.set(id, file);
          const data = await parseData({ id, data: { ...record, report: name.replace(/\.json$/, '') }, filePath: file });
          store.set({ id, data, filePath: file, digest: generateDigest(record) });
        }
      }
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
