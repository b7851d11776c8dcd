import { describe, expect, it } from 'vitest';
import { impossibleDate, isoDate, webUrl } from './common.ts';

describe('isoDate', () => {
  it.each(['2021-07-26', '2021-07', '2020-02-29', '1949-10-01'])('accepts %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });

  it.each([
    ['2021-13-45', '月份 13 不存在'],
    ['2021-00', '月份 0 不存在'],
    ['0000-00', '占位'],
    ['0000-00-00', '占位'],
    ['2021-02-29', '2021年2月没有29日'],
    ['2021-04-31', '没有31日'],
    ['2021-07-00', '没有0日'],
    ['1021-07', '年份 1021'],
  ])('refuses %s', (date, message) => {
    expect(impossibleDate(date)).toContain(message);
    expect(isoDate.safeParse(date).success).toBe(false);
  });

  it('keeps an unquoted YAML date as its string', () => {
    expect(isoDate.parse(new Date('2021-07-26T00:00:00Z'))).toBe('2021-07-26');
  });
});

describe('webUrl', () => {
  it.each(['https://www.gov.cn/a?b=1', 'http://example.org'])('accepts %s', (url) => {
    expect(webUrl.safeParse(url).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//example.org/a', 'www.example.org'])(
    'refuses %s with the bilingual message',
    (url) => {
      const result = webUrl.safeParse(url);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('网址须以 http:// 或 https:// 开头');
    },
  );
});
