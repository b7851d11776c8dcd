import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/content/problem.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { dataFileLoader } from './data-file.ts';

function run(records: unknown[]) {
  // Inside the project (report files must be), in the scratch folder npm test clears each run.
  mkdirSync('tests/output/tmp', { recursive: true });
  const root = resolve(mkdtempSync(join('tests/output/tmp', 'data-file-')));
  writeFileSync(join(root, 'indicators.json'), JSON.stringify(records, null, 2));
  const stored = new Map<string, unknown>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: unknown) => JSON.stringify(value),
  };
  const loader = dataFileLoader({ file: 'indicators.json', schema: indicatorSchema });
  return { stored, load: () => loader.load(context as never) };
}

const good = { id: 'poor-population', name: '贫困人口', nameEn: 'Poor population', theme: 'poverty', unit: '人', kind: 'count', measures: ['stock'], definition: '定义。', excludes: '不含。', keywords: ['贫困人口'] };

describe('a data file as a collection', () => {
  it('stores every record by id', async () => {
    const { stored, load } = run([good, { ...good, id: 'poor-households', unit: '户' }]);
    await load();
    expect([...stored.keys()]).toEqual(['poor-population', 'poor-households']);
  });

  it('refuses a bad record with the check’s message: file, line, field, Chinese first', async () => {
    const { load } = run([good, { ...good, id: 'bad', unit: '' }]);
    const error = await load().then(() => undefined, (e: unknown) => e as { problems: Parameters<typeof formatProblem>[0][] });
    const text = error!.problems.map(formatProblem).join('\n');
    expect(text).toMatch(/indicators\.json \(id bad\):\d+ \[1\.unit\]\n\s+内容太短或太少/);
  });

  it('refuses an id used twice, naming both lines', async () => {
    const { load } = run([good, good]);
    await expect(load()).rejects.toThrow(/poor-population/);
  });
});
