import { describe, expect, it } from 'vitest';
import { duplicateIds } from './duplicate-ids.ts';

describe('duplicateIds', () => {
  it('refuses each repeat at its own line, naming the first', () => {
    const records = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }];
    const lines = new Map(records.map((record, i) => [record, 2 + i * 5]));
    expect(duplicateIds(records, 'data/x.json', (record) => lines.get(record)).map((p) => [p.file, p.line, p.message.split(' / ')[0]])).toEqual([
      ['data/x.json (a)', 12, '编号 a 重复，第 2 行已有一条'],
      ['data/x.json (a)', 17, '编号 a 重复，第 2 行已有一条'],
    ]);
  });
});
