import { describe, expect, it } from 'vitest';
import { namesOf, sitesMentioned } from './mentions.ts';

const sites = [
  { id: 'hq', name: '晋察冀军区司令部旧址（城南庄）' },
  { id: 'linxi', name: '冀察热辽中央分局旧址', aliases: ['冀察热辽中央分局'] },
  { id: 'daqingshan', name: '大青山抗日游击根据地旧址', aliases: ['大青山抗日根据地'] },
];

describe('sitesMentioned', () => {
  it('finds a site by its alias or its name without the bracketed place', () => {
    const text = '在这里中共冀察热辽中央分局指挥全区开展了革命斗争。参观晋察冀军区司令部旧址。';
    expect(sitesMentioned(text, sites)).toEqual(['hq', 'linxi']);
  });

  it('does not take a shared word for a mention', () => {
    expect(sitesMentioned('召开大青山革命精神研讨会', sites)).toEqual([]);
    expect(sitesMentioned('地处大青山抗日根据地腹地', sites)).toEqual(['daqingshan']);
  });

  it('lists each form of a name once', () => {
    expect(namesOf(sites[0]!)).toEqual(['晋察冀军区司令部旧址（城南庄）', '晋察冀军区司令部旧址']);
  });
});
