import type { Problem } from './problem.ts';

/**
 * Records of a data file that repeat an earlier record's id. Astro's file() loader keeps the
 * last record of an id and only warns, so a second 贫困发生率 would silently replace the first
 * on every page and in the CSV; every data file with ids is read through this instead.
 */
export function duplicateIds<T extends { id: string }>(
  records: readonly T[],
  file: string,
  lineOf: (record: T) => number | undefined,
): Problem[] {
  const first = new Map<string, T>();
  const problems: Problem[] = [];
  for (const record of records) {
    const earlier = first.get(record.id);
    if (!earlier) {
      first.set(record.id, record);
      continue;
    }
    const line = lineOf(record);
    const earlierLine = lineOf(earlier);
    const where = earlierLine === undefined ? '' : `第 ${earlierLine} 行`;
    problems.push({
      file: `${file} (${record.id})`,
      ...(line === undefined ? {} : { line }),
      field: 'id',
      message: `编号 ${record.id} 重复，${where || '前面'}已有一条 / the id ${record.id} is used twice${earlierLine === undefined ? '' : ` (first at line ${earlierLine})`}`,
      fix: '同一事物只写一条；不同的事物用不同的编号 / keep one record per thing, and give different things different ids',
    });
  }
  return problems;
}
