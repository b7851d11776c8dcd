import { describe, expect, it } from 'vitest';
import { slug } from '../../schemas/common.ts';
import { makeSlug, titleKeywords } from './slug.ts';

describe('makeSlug', () => {
  it('joins month, place and keyword', () => {
    expect(makeSlug('2021-07-26', 'chifeng', '赤峰市老促会关于助推老区振兴发展的调研报告')).toBe(
      '2021-07-chifeng-laoqu-zhenxing',
    );
  });

  it('reads Traditional titles', () => {
    expect(makeSlug('2016-12-25', 'baoding', '因地制宜 精準發力 打通脫貧之路 ──保定市革命老區精準脫貧工作的調研與思考')).toBe(
      '2016-12-baoding-jingzhun-tuopin',
    );
  });

  it('tells apart two reports of one place and month by their keywords', () => {
    expect(titleKeywords('阜新国家扶贫改革试验区自评报告')).toBe('shiyanqu-ziping');
    expect(titleKeywords('阜新国家扶贫改革试验区体制机制创新情况报告')).toBe('shiyanqu-tizhi-jizhi');
  });

  it('keeps the keyword short', () => {
    expect(titleKeywords('全力推进脱贫富民攻坚工程 夯实乡村振兴共同富裕基础')).toBe('tuopin-fumin');
  });

  it('falls back to a general word, then to baogao', () => {
    expect(titleKeywords('老区扶贫工作')).toBe('fupin');
    expect(titleKeywords('工作总结')).toBe('baogao');
  });

  it('always yields a slug the schema accepts', () => {
    expect(slug.safeParse(makeSlug('2020-09', 'fuxin', '!!')).success).toBe(true);
  });
});
