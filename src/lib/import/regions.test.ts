import { describe, expect, it } from 'vitest';
import { guessRegions, KNOWN_REGIONS } from './regions.ts';

const codes = (text: string) => guessRegions(text).map((r) => r.code);

describe('guessRegions', () => {
  it('puts the prefecture first, then the counties in order of mention', () => {
    expect(codes('赤峰市的宁城县、喀喇沁旗于1951年……敖汉旗、松山区')).toEqual([
      '150400', '150429', '150428', '150430', '150404',
    ]);
  });

  it('reads Traditional names and short forms', () => {
    expect(codes('保定市……阜平、淶水、淶源、易縣、唐縣、順平、曲陽、望都……博野縣')).toEqual([
      '130600', '130624', '130623', '130630', '130633', '130627', '130636', '130634', '130631', '130637',
    ]);
    expect(codes('阜蒙、彰武两县')).toEqual(['210900', '210921', '210922']);
  });

  it('adds the prefecture of a county even when the prefecture is not named', () => {
    expect(codes('盐池县、同心县、红寺堡区交界处')).toEqual(['640300', '640323', '640324', '640303']);
  });

  it('does not take a common word for a county', () => {
    expect(codes('同心协力,松山温氏')).toEqual([]);
  });

  it('holds only six-digit codes whose counties sit under a known prefecture', () => {
    const prefectures = new Set(KNOWN_REGIONS.filter((r) => !r.parent).map((r) => r.code));
    for (const known of KNOWN_REGIONS) {
      expect(known.code).toMatch(/^\d{6}$/);
      if (known.parent) expect(prefectures.has(known.parent)).toBe(true);
      if (known.parent) expect(known.code.slice(0, 4)).toBe(known.parent.slice(0, 4));
    }
  });
});
