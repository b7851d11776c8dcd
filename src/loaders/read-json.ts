/**
 * The one reader of the data files (indicators, areas, figures, sites, charts, the regions
 * lists): parse the JSON array, validate each record against its schema, and collect every
 * problem with file, line and field. The check prints them all; a loader refuses them all at
 * once with the same messages (ContentError). Nothing is dropped silently.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { duplicateIds } from '../lib/content/duplicate-ids.ts';
import { arrayElementLines } from '../lib/content/json-lines.ts';
import type { Problem } from '../lib/content/problem.ts';
import { zodIssuesToProblems } from '../lib/content/zod-problems.ts';

/** The line of its file each record read here starts on. */
export const recordLine = new WeakMap<object, number>();

export interface ReadOptions {
  /** A file that does not exist holds no records, instead of being a problem. */
  optional?: boolean;
  /** A record repeating an earlier one's id is refused (duplicate-ids.ts). */
  uniqueIds?: boolean;
}

/** Reads and validates a JSON array file; problems go to `problems`, valid records come back. */
export function readJsonArray<T extends z.ZodType>(
  path: string,
  schema: T,
  rel: (path: string) => string,
  problems: Problem[],
  options: ReadOptions = {},
): z.infer<T>[] {
  let text: string;
  try {
    // Synchronously: small files, read in loops where a thread-pool round trip costs more than the read.
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && options.optional) return [];
    problems.push({
      file: rel(path),
      message: missing ? '文件不存在 / the file does not exist' : `无法读取 / cannot read it: ${(error as Error).message}`,
      fix: '从仓库恢复该文件 / restore it from the repository',
    });
    return [];
  }
  return parseJsonArray(text, rel(path), schema, problems, options);
}

/** The same for a file's text already in hand (`file` names it in messages). */
export function parseJsonArray<T extends z.ZodType>(text: string, file: string, schema: T, problems: Problem[], options: ReadOptions = {}): z.infer<T>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `JSON 写法有误 / the JSON does not parse: ${(error as Error).message}`, fix: '检查逗号、引号和括号 / check commas, quotes and brackets' });
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push({ file, message: '应为一个数组 [ … ] / the file must hold an array [ … ]' });
    return [];
  }
  const lines = arrayElementLines(text);
  const records: z.infer<T>[] = [];
  parsed.forEach((record, i) => {
    const result = schema.safeParse(record);
    if (result.success) {
      records.push(result.data);
      if (typeof result.data === 'object' && result.data !== null && lines[i] !== undefined) recordLine.set(result.data, lines[i]!);
    } else {
      const id = (record as { id?: unknown })?.id;
      const label = id ? `${file} (id ${String(id)})` : file;
      problems.push(...zodIssuesToProblems(result.error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })), label, () => lines[i]));
    }
  });
  if (options.uniqueIds) problems.push(...duplicateIds(records as { id: string }[], file, (record) => recordLine.get(record)));
  return records;
}
