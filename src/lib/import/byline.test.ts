import { describe, expect, it } from 'vitest';
import { parseByline, parseSignature } from './byline.ts';

describe('parseByline', () => {
  it('reads one or more body names', () => {
    expect(parseByline('保定市老區建設促進會')).toEqual(['保定市老區建設促進會']);
    expect(parseByline('中共阜新市委 阜新市人民政府')).toEqual(['中共阜新市委', '阜新市人民政府']);
  });

  it('refuses captions, headings and sentences', () => {
    expect(parseByline('面貌一新的红寺堡区新庄集乡红川村')).toBeUndefined();
    expect(parseByline('尊敬的国家评估组各位专家:')).toBeUndefined();
    expect(parseByline('创新情况报告')).toBeUndefined();
  });
});

describe('parseSignature', () => {
  it('reads a closing signature in brackets', () => {
    expect(parseSignature('(赤峰市老促会)')).toBe('赤峰市老促会');
    expect(parseSignature('（赤峰市老促会）')).toBe('赤峰市老促会');
  });

  it('refuses a bracketed phrase that names no body', () => {
    expect(parseSignature('(2020年9月)')).toBeUndefined();
    expect(parseSignature('(全文完)')).toBeUndefined();
  });
});
