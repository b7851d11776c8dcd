import { describe, expect, it } from 'vitest';
import { standaloneSvg } from './export-svg.ts';
import { sceneToSvg } from './svg.ts';
import { timeSeries } from './time-series.ts';
import { fuxinPoor } from './test-figures.ts';

/** The site's own public origin, which a downloaded file's links must carry. */
const SITE_ORIGIN = 'https://laoqu.example.org';

describe('standaloneSvg', () => {
  const chart = sceneToSvg(timeSeries(fuxinPoor, { width: 600 }), { idPrefix: 'x', title: 't', desc: 'd' });
  const file = standaloneSvg(chart, {
    title: '阜新市建档立卡贫困人口，2015—2019年',
    source: '数据来源：《阜新国家扶贫改革试验区体制机制创新情况报告》',
    url: `${SITE_ORIGIN}/embed/fuxin/`,
  });

  it('is a file of its own: XML declaration, namespace, size, paper background', () => {
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="632"')).toBe(true);
    expect(file).toContain('<rect width="100%" height="100%" fill="#fcfbf8"/>');
    expect(file.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
  });

  it('says what it shows and where the numbers come from, and its links lead back', () => {
    expect(file).toContain('>阜新市建档立卡贫困人口，2015—2019年</text>');
    expect(file).toContain('数据来源：《阜新国家扶贫改革试验区体制机制创新情况报告》');
    // an exported file leaves the site, so its links carry the site's own origin
    expect(file).toContain(`href="${SITE_ORIGIN}/data/poor-population/#fx-2015"`);
    expect(file).not.toMatch(/href="\//);
  });

  it('opens and closes every element it opens', () => {
    const body = file.replace(/^<\?xml[^>]*\?>\n/, '');
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of body.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});
