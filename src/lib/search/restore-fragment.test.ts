import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { toSimplified } from '../script-convert.ts';
import { ZWSP } from './han.ts';
import { makeIndexDocument } from './index-document.ts';
import { decodeFragment, encodeFragment, restoreFragment, restoreText } from './restore-fragment.ts';

describe('restoreText', () => {
  it('puts the page’s characters back without moving a word break', () => {
    const content = `坚${ZWSP}持${ZWSP}脱${ZWSP}贫. ${ZWSP}2014${ZWSP}年`;
    const stream = { indexed: [...'坚持脱贫2014年'], original: [...'堅持脫貧2014年'] };
    expect(restoreText(content, stream)).toBe(`堅${ZWSP}持${ZWSP}脫${ZWSP}貧. ${ZWSP}2014${ZWSP}年`);
  });
  it('fails loudly when the indexed text does not line up with the page', () => {
    expect(() => restoreText('坚持', { indexed: [...'坚持脱贫'], original: [...'堅持脫貧'] })).toThrow(/对不上.*脱贫/);
  });
});

describe('restoreFragment with Pagefind', () => {
  afterAll(() => pagefind.close());

  it('shows a Traditional page in its own script, found through Simplified words', async () => {
    const html =
      '<html lang="zh-Hant"><body><h1 data-pagefind-meta="title">精準發力</h1><div data-pagefind-body>' +
      '<h2 id="一">一、主要舉措</h2><p id="p-1">堅持<b>脫貧</b>攻堅,實施易地搬遷。<a data-pagefind-ignore>¶</a></p><p id="p-2">阜平縣</p></div></body></html>';
    const doc = makeIndexDocument(html, '/reports/b/', toSimplified)!;
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh' });
    await index!.addHTMLFile({ url: doc.url, content: doc.html });
    const { files } = await index!.getFiles();
    const file = files.find((f) => f.path.startsWith('fragment/'))!;
    const restored = decodeFragment(encodeFragment(restoreFragment(decodeFragment(file.content), doc)));
    expect(restored.content.replaceAll(ZWSP, '')).toBe('一、主要舉措. 堅持脫貧攻堅,實施易地搬遷。 阜平縣.');
    expect(restored.meta['title']).toBe('精準發力');
    // Only paragraph anchors are kept (results link to the paragraph), at the paragraph's place.
    expect(restored.anchors.map((a) => `${a.id}@${a.location}:${a.text}`)).toEqual(['p-1@7:', 'p-2@21:']);
  });
});
