import { describe, expect, it } from 'vitest';
import { couldBeIndexed, foldToSimplified, readFoldTable } from './fold.ts';

const table = readFoldTable({ chars: '脫脱貧贫灘滩乾干著着', phrases: [['乾隆', '乾隆'], ['顯著', '显著']], kept: '著' });

describe('foldToSimplified', () => {
  it('folds Traditional characters and leaves Simplified and other text alone', () => {
    expect(foldToSimplified('脫貧 2016年', table)).toBe('脱贫 2016年');
    expect(foldToSimplified('灘羊', table)).toBe('滩羊');
    expect(foldToSimplified('脱贫', table)).toBe('脱贫');
  });
  it('prefers a phrase to its characters', () => {
    expect(foldToSimplified('乾隆年間乾旱', table)).toBe('乾隆年間干旱');
    expect(foldToSimplified('顯著', table)).toBe('显著');
  });
});

describe('couldBeIndexed', () => {
  it('rules out typed forms holding a character the site only has folded', () => {
    expect(couldBeIndexed('脫貧', table)).toBe(false);
    expect(couldBeIndexed('显著', table)).toBe(true);
    expect(couldBeIndexed('脱贫', table)).toBe(true);
  });
});
