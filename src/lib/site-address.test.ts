import { describe, expect, it } from 'vitest';
import { readSiteAddress, siteUrl } from './site-address.ts';

describe('the site address (LAOQU_SITE)', () => {
  it('takes an http(s) origin, with or without a trailing slash or a port', () => {
    expect(readSiteAddress('https://laoqu.cn/')).toBe('https://laoqu.cn');
    expect(readSiteAddress(' http://192.168.1.20:8080 ')).toBe('http://192.168.1.20:8080');
  });
  it('is absent when unset or empty, and nothing is made up in its place', () => {
    expect(readSiteAddress(undefined)).toBeUndefined();
    expect(readSiteAddress('')).toBeUndefined();
    expect(siteUrl(undefined)('/reports/a/#p-3')).toBe('/reports/a/#p-3');
    expect(siteUrl(new URL('https://laoqu.cn'))('/reports/a/#p-3')).toBe('https://laoqu.cn/reports/a/#p-3');
  });
  it.each(['laoqu.cn', 'ftp://laoqu.cn', 'https://laoqu.cn/site/', 'https://laoqu.cn/?a=1'])('refuses %s, saying in Chinese first what to write', (value) => {
    expect(() => readSiteAddress(value)).toThrow(/^LAOQU_SITE=.* 不是网站地址：应写作 https:\/\/域名.*\/ LAOQU_SITE=.* is not a site address/);
  });
});
