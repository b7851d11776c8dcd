import { describe, expect, it } from 'vitest';
import { codeStatus, type CodedRegion } from './code-status.ts';

const list: CodedRegion[] = [
  { id: '130000', name: '河北省', level: 'province' },
  { id: '130600', name: '保定市', level: 'prefecture', parent: '130000' },
  { id: '130606', name: '莲池区', level: 'county', parent: '130600' },
  { id: '130607', name: '满城区', level: 'county', parent: '130600' },
  { id: '130604', name: '南市区', level: 'county', parent: '130600', until: 2015, now: ['130606'] },
];
const regions = new Map(list.map((r) => [r.id, r]));

describe('codeStatus', () => {
  it('accepts a current code', () => {
    expect(codeStatus('130606', regions)).toMatchObject({ kind: 'current', region: { name: '莲池区' } });
  });

  it('accepts a former code and says when it left the list and what covers it now, Chinese first', () => {
    const status = codeStatus('130604', regions);
    expect(status.kind).toBe('former');
    if (status.kind !== 'former') return;
    expect(status.note.message).toMatch(/^130604（南市区）是旧代码，2015 年起不再使用，其地域今属 130606 莲池区 \/ /);
    expect(status.note.fix).toMatch(/保留旧代码/);
  });

  it('refuses an unknown code, listing what its prefecture holds', () => {
    const status = codeStatus('130699', regions);
    expect(status.kind).toBe('unknown');
    if (status.kind !== 'unknown') return;
    expect(status.problem.message).toMatch(/^130699 不在行政区划代码表中.*下辖.* \/ 130699 is not a region code/);
    expect(status.problem.message).toContain('保定市下辖：130606 莲池区、130607 满城区');
    expect(status.problem.message).not.toContain('南市区');
    expect(status.problem.fix).toContain('data/geo/gb2260.json');
  });

  it('names a statistics-only unit and a malformed code as such', () => {
    expect(codeStatus('130671', regions)).toMatchObject({ kind: 'unknown', problem: { message: expect.stringMatching(/统计用代码/) } });
    expect(codeStatus('1306', regions)).toMatchObject({ kind: 'unknown', problem: { message: expect.stringMatching(/六位数字/) } });
  });
});
