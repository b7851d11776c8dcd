import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { duplicateIds } from '../lib/content/duplicate-ids.ts';
import { arrayElementLines } from '../lib/content/json-lines.ts';
import type { Problem } from '../lib/content/problem.ts';
import { zodIssuesToProblems } from '../lib/content/zod-problems.ts';

/** The line of its file each record read by readJsonArray starts on. */
export const recordLine = new WeakMap<object, number>();

/**
 * Reads a JSON file holding an array of records and validates each against `schema`. An
 * optional file that does not exist holds no records. With `uniqueIds`, a record repeating an
 * earlier one's id is refused (duplicate-ids.ts).
 */
export async function readJsonArray<T extends z.ZodType>(
  path: string,
  schema: T,
  rel: (path: string) => string,
  problems: Problem[],
  options: { optional?: boolean; uniqueIds?: boolean } = {},
): Promise<z.infer<T>[]> {
  const file = rel(path);
  let parsed: unknown;
  let lines: number[] = [];
  try {
    const text = await readFile(path, 'utf8');
    parsed = JSON.parse(text);
    lines = arrayElementLines(text);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && options.optional) return [];
    problems.push({
      file,
      message: missing
        ? '文件不存在 / the file does not exist'
        : `JSON 写法有误 / the JSON does not parse: ${(error as Error).message}`,
      fix: missing ? '从仓库恢复该文件 / restore it from the repository' : '检查逗号、引号和括号 / check commas, quotes and brackets',
    });
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push({ file, message: '应为一个数组 [ … ] / the file must hold an array [ … ]' });
    return [];
  }
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
