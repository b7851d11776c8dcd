import { describe, expect, it } from 'vitest';
import { currentSuccessors, laterTransfers, recordsByCode, type CodeRecord } from './source-areacodes.ts';

// 宁波: 奉化市 became 奉化区 (2016); 江干区 was split (2021) between 上城区 and the new 钱塘区,
// after losing part of itself earlier (1996) to 上城区; 余杭区 gave part to the new 临平区 (2021).
const records: CodeRecord[] = [
  { code: '330283', name: '奉化市', start: 1990, end: 2016, succ: [{ code: '330213' }] },
  { code: '330213', name: '奉化区', start: 2016, succ: [] },
  { code: '330104', name: '江干区', start: 1983, end: 2021, succ: [{ code: '330102', time: 1996 }, { code: '330102' }, { code: '330114' }] },
  { code: '330102', name: '上城区', start: 1983, succ: [] },
  { code: '330114', name: '钱塘区', start: 2021, succ: [] },
  { code: '330110', name: '余杭区', start: 2001, succ: [{ code: '330113', time: 2021 }] },
  { code: '330113', name: '临平区', start: 2021, succ: [] },
];
const index = recordsByCode(records);

describe('currentSuccessors', () => {
  it('follows a former code to the codes covering it today, ignoring earlier partial transfers', () => {
    expect(currentSuccessors(records[0]!, index)).toEqual(['330213']);
    expect(currentSuccessors(records[2]!, index)).toEqual(['330102', '330114']);
    expect(currentSuccessors(records[1]!, index)).toEqual(['330213']);
  });
});

describe('laterTransfers', () => {
  it('finds codes in use that gave part of their area to another after a year', () => {
    expect([...laterTransfers(records, 2016)]).toEqual([['330110', ['330113']]]);
    expect(laterTransfers(records, 2021).size).toBe(0);
  });
});
