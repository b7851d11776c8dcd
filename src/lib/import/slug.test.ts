import { describe, expect, it } from 'vitest';
import { slug } from '../../schemas/common.ts';
import { makeSlug, titleKeywords, toPinyin } from './slug.ts';

describe('makeSlug', () => {
  it('joins month, place and keyword, all in pinyin', () => {
    expect(makeSlug('2021-07-26', '赤峰', '赤峰市老促会关于助推老区振兴发展的调研报告')).toBe('2021-07-chifeng-laoqu-zhenxing');
    expect(makeSlug('2022-03-18', '延川', '延川县红枣产业助力老区乡村振兴的调研报告')).toBe('2022-03-yanchuan-xiangcun-zhenxing');
  });

  it('reads places as their names are read, from the library, not a table', () => {
    expect(toPinyin('呼和浩特')).toBe('huhehaote');
    expect(toPinyin('六安')).toBe('luan');
    expect(toPinyin('重庆')).toBe('chongqing');
    expect(toPinyin('绿春')).toBe('lvchun');
  });

  it('reads Traditional titles', () => {
    expect(makeSlug('2016-12-25', '保定', '因地制宜 精準發力 打通脫貧之路 ──保定市革命老區精準脫貧工作的調研與思考')).toBe(
      '2016-12-baoding-jingzhun-tuopin',
    );
  });

  it('marks a missing date and a missing place plainly', () => {
    expect(makeSlug(undefined, '敖汉', '敖汉旗小米产业发展情况报告')).toBe('0000-00-aohan-xiaomi-chanye');
    expect(makeSlug('2021-03', '', '老区扶贫工作')).toBe('2021-03-laoqu-fupin');
  });

  it('tells apart two reports of one place and month by their keywords', () => {
    expect(titleKeywords('阜新国家扶贫改革试验区自评报告')).toBe('shiyanqu-ziping');
    expect(titleKeywords('阜新国家扶贫改革试验区体制机制创新情况报告')).toBe('shiyanqu-tizhi-jizhi');
  });

  it('keeps the keyword short', () => {
    expect(titleKeywords('全力推进脱贫富民攻坚工程 夯实乡村振兴共同富裕基础')).toBe('tuopin-fumin');
  });

  it('takes the words of a title that names no policy term, places and bodies aside', () => {
    expect(titleKeywords('老区扶贫工作')).toBe('laoqu-fupin');
    expect(titleKeywords('延川县红枣产业发展调研')).toBe('hongzao-chanye');
    expect(titleKeywords('赣州市老区建设促进会关于油茶产业的调研报告')).toBe('youcha-chanye');
    expect(titleKeywords('工作总结')).toBe('baogao');
  });

  it('always yields a slug the schema accepts', () => {
    expect(slug.safeParse(makeSlug('2020-09', 'fuxin', '!!')).success).toBe(true);
  });
});
