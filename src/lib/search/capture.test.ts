import { describe, expect, it } from 'vitest';
import { readCaptures } from './capture.ts';

const attrs: Record<string, string> = { 'data-sf-publisher': '保定市老區建設促進會', 'data-sf-region-0': '保定市', src: '/a.png' };
const read = (name: string) => attrs[name];

describe('readCaptures', () => {
  it('reads element text, attribute captures and an inline value last, as Pagefind does', () => {
    expect(readCaptures('title', read, () => '  因地制宜\n 精準發力 ')).toEqual([['title', '因地制宜 精準發力']]);
    expect(readCaptures('publisher[data-sf-publisher], region[data-sf-region-0], type:报告', read, () => '')).toEqual([
      ['publisher', '保定市老區建設促進會'],
      ['region', '保定市'],
      ['type', '报告'],
    ]);
  });
  it('keeps everything after the first colon of an inline value', () => {
    expect(readCaptures('note:甲:乙, 丙', read, () => '')).toEqual([['note', '甲:乙, 丙']]);
  });
  it('yields nothing for a key alone on an empty element', () => {
    expect(readCaptures('title', read, () => ' ')).toEqual([]);
  });
});
