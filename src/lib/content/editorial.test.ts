import { describe, expect, it } from 'vitest';
import { componentUses } from './editorial.ts';

describe('the components of an editorial page', () => {
  it('are found with the id they draw and their line', () => {
    const source = [
      '## 数字如何核对',
      '',
      '阜新市的建档立卡贫困人口 2015 年为 <Figure id="fuxin-poor-2015" />。',
      '',
      '<Chart id="fuxin-poor-population" />',
      "<FigureCard id='fuxin-poor-2015' />",
      '<Map region="210900" title="阜新市" />',
    ].join('\n');
    expect(componentUses(source, 5)).toEqual([
      { component: 'Figure', id: 'fuxin-poor-2015', line: 7 },
      { component: 'Chart', id: 'fuxin-poor-population', line: 9 },
      { component: 'FigureCard', id: 'fuxin-poor-2015', line: 10 },
      { component: 'Map', id: '210900', line: 11 },
    ]);
  });

  it('reports a use without its id, and leaves other tags alone', () => {
    expect(componentUses('<Chart title="x" />\n<Charts id="y" />\n<Map id="210900" />')).toEqual([
      { component: 'Chart', id: undefined, line: 1 },
      { component: 'Map', id: undefined, line: 3 },
    ]);
  });
});
