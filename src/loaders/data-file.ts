import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { readJsonArray, type ReadOptions } from './read-json.ts';

/**
 * A collection from one JSON array file (indicators, areas, sites, charts), read by the same
 * reader as the check, so a bad record stops `astro dev` and `astro build` with the check's own
 * message — file, line, field, Chinese first — instead of Astro's. Records are keyed by `id`.
 */
export function dataFileLoader<T extends z.ZodType>(options: { file: string; schema: T } & ReadOptions): Loader {
  return {
    name: 'laoqu-data-file',
    async load({ store, config, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      const problems: Problem[] = [];
      const records = readJsonArray(resolve(root, options.file), options.schema, (path) => relative(root, path), problems, { ...options, uniqueIds: true });
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const record of records as { id: string }[]) {
        const data = await parseData({ id: record.id, data: record as Record<string, unknown> });
        store.set({ id: record.id, data, digest: generateDigest(record) });
      }
    },
  };
}
