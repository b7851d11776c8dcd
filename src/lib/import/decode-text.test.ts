import { describe, expect, it } from 'vitest';
import { decodeText, declaredCharset } from './decode-text.ts';

// Bytes made with Python's codecs: 保定市老區建設促進會 / 發布日期:2016-12-25 / 保定市目前有9個貧困縣。 in Big5,
// and 兴国县老区建设促进会 / 发布日期：2021年9月6日 / 兴国县是全国著名的苏区模范县。 in GBK.
const hex = (text: string) => new Uint8Array(text.match(/../gu)?.map((byte) => Number.parseInt(byte, 16)) ?? []);
const BIG5 = hex(
  'ab4fa977a5aba6d1b0cfabd8b35dab50b669b77c0ab56fa5aca4e9b4c13a323031362d31322d32350a' +
    'ab4fa977a5aba5d8ab65a6b339add3b368a778bfa4a143',
);
const GBK = hex(
  'd0cbb9facfd8c0cfc7f8bda8c9e8b4d9bdf8bbe10ab7a2b2bcc8d5c6daa3ba32303231c4ea39d4c236c8d50a' +
    'd0cbb9facfd8cac7c8abb9fad6f8c3fbb5c4cbd5c7f8c4a3b7b6cfd8a1a3',
);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('老区'))).toEqual({ text: '老区', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('老区')]))).toEqual({ text: '老区', encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte order mark, in either byte order', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x01, 0x80, 0x3a, 0x53]))).toEqual({ text: '老区', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x80, 0x01, 0x53, 0x3a]))).toEqual({ text: '老区', encoding: 'utf-16be' });
  });

  it('tells Big5 from GB18030, though Big5 bytes also decode as GB18030', () => {
    expect(new TextDecoder('gb18030', { fatal: true }).decode(BIG5)).not.toContain('保定');
    expect(decodeText(BIG5)).toEqual({ text: '保定市老區建設促進會\n發布日期:2016-12-25\n保定市目前有9個貧困縣。', encoding: 'big5' });
    expect(decodeText(GBK)).toEqual({ text: '兴国县老区建设促进会\n发布日期：2021年9月6日\n兴国县是全国著名的苏区模范县。', encoding: 'gb18030' });
  });

  it('believes a page that names its encoding, when its bytes agree', () => {
    expect(decodeText(BIG5, 'big5')?.encoding).toBe('big5');
    expect(decodeText(GBK, 'gbk')?.encoding).toBe('gbk');
  });

  it('gives up on bytes no encoding reads whole', () => {
    expect(decodeText(new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x81]))).toBeUndefined();
  });
});

describe('declaredCharset', () => {
  it('reads both forms of the meta tag', () => {
    expect(declaredCharset(new TextEncoder().encode('<meta charset="big5">'))).toBe('big5');
    expect(declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gbk');
    expect(declaredCharset(new TextEncoder().encode('<p>no meta</p>'))).toBeUndefined();
  });
});
