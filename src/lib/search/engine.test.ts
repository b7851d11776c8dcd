import { describe, expect, it } from 'vitest';
import { matchParagraph, searchPages, type PagefindApi, type ResultData } from './engine.ts';

/** A stand-in for Pagefind over three pages, with exact phrase matching on unspaced text. */
function fakePagefind(pages: Record<string, string>): PagefindApi & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(term) {
      queries.push(term);
      const exact = /^".*"$/.test(term);
      const words = term.replace(/"/g, '').split(' ');
      const phrase = words.join('');
      const hits = Object.entries(pages)
        .filter(([, text]) => (exact ? text.includes(phrase) : words.every((w) => text.includes(w))))
        .map(([id, text]) => ({ id, score: words.reduce((n, w) => n + text.split(w).length - 1, 0) }))
        .sort((a, b) => b.score - a.score);
      return { results: hits.map(({ id }) => ({ id, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) })) };
    },
  };
}

const pages = {
  baoding: '阜平县天生桥镇。易地搬迁。脱贫攻坚。',
  fuxin: '阜新市，平安。飞地经济。脱贫。脱贫。',
  wuzhong: '滩羊养殖。脱贫富民。',
};
const fold = (text: string) => text.replace(/灘/g, '滩').replace(/脫/g, '脱').replace(/貧/g, '贫');

describe('searchPages', () => {
  it('finds a name exactly, not its characters scattered over other pages', async () => {
    const outcome = await searchPages(fakePagefind(pages), '阜平', fold);
    expect(outcome.ids).toEqual(['baoding']);
    expect(outcome.level).toBe('exact');
  });

  it('finds every page for either script, most relevant first', async () => {
    const outcome = await searchPages(fakePagefind(pages), '脫貧', fold);
    expect(outcome.ids).toEqual(['fuxin', 'baoding', 'wuzhong']);
    expect((await searchPages(fakePagefind(pages), '灘羊', fold)).ids).toEqual(['wuzhong']);
  });

  it('requires every word the reader typed', async () => {
    expect((await searchPages(fakePagefind(pages), '脱贫 滩羊', fold)).ids).toEqual(['wuzhong']);
    const none = await searchPages(fakePagefind(pages), '滩羊 飞地经济', fold);
    expect(none.level).toBe('none');
    expect(none.wordCounts.map(({ word, count }) => `${word.folded}:${count}`)).toEqual(['滩羊:1', '飞地经济:1']);
  });

  it('loosens into pieces the site holds only when the phrase finds nothing', async () => {
    const outcome = await searchPages(fakePagefind({ ...pages, mixed: '阜平县的扶贫' }), '阜平县扶贫', fold);
    expect(outcome.level).toBe('loose');
    expect(outcome.words.map((w) => w.folded)).toEqual(['阜平县', '扶贫']);
    expect(outcome.ids).toEqual(['mixed']);
    // a character no page holds cannot be loosened away, nor can scattered single characters
    expect((await searchPages(fakePagefind(pages), '滩羊鲸', fold)).level).toBe('none');
    const scattered = await searchPages(fakePagefind(pages), '阜平安', fold);
    expect(scattered.level).toBe('none');
    expect(scattered.wordCounts.map(({ word, count }) => `${word.folded}:${count}`)).toEqual(['阜平安:0', '阜平:1']);
  });
});

describe('matchParagraph', () => {
  it('names the paragraph the first match falls in', () => {
    const data: ResultData = {
      url: '/r/', excerpt: '', meta: {}, locations: [57, 90],
      anchors: [{ element: 'p', id: 'p-1', location: 0 }, { element: 'h2', id: '一', location: 40 }, { element: 'p', id: 'p-2', location: 44 }, { element: 'p', id: 'p-3', location: 60 }],
    };
    expect(matchParagraph(data)).toBe('p-2');
    expect(matchParagraph({ ...data, locations: [] })).toBeUndefined();
  });
});
