import { describe, expect, it } from 'vitest';
import { removePinyinGlosses } from './pinyin-gloss.ts';

describe('removePinyinGlosses', () => {
  it('drops the reading after the character and keeps the character', () => {
    expect(removePinyinGlosses('精準發(fā)力,革命老區(qū)').text).toBe('精準發力,革命老區');
  });

  it('counts what it removed', () => {
    expect(removePinyinGlosses('產(chǎn)業(yè)').removed).toBe(2);
  });

  it('keeps outline numbers, acronyms and plain-letter brackets', () => {
    const text = '(一)通过手机(APP)办理,(C级)、(ok)';
    expect(removePinyinGlosses(text)).toEqual({ text, removed: 0 });
  });

  it('removes a gloss even after damaged text, since the gloss is never the publisher’s', () => {
    expect(removePinyinGlosses('怕?lián)L(fēng)險').text).toBe('怕?lián)L險');
  });
});
