import { describe, expect, it } from 'vitest';
import { detectScript } from './script.ts';

describe('detectScript', () => {
  it('recognises Traditional text', () => {
    expect(detectScript('保定市目前有9個貧困縣,其中阜平、淶水8個燕太片區縣')).toBe('zh-Hant');
  });

  it('recognises Simplified text', () => {
    expect(detectScript('赤峰市是经国家和自治区政府审核确认的革命老区')).toBe('zh-Hans');
  });

  it('falls back to Simplified when nothing tells', () => {
    expect(detectScript('2021')).toBe('zh-Hans');
  });
});
