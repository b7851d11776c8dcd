import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readInput, UnreadableInputError } from './read-input.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readInput', () => {
  it('reads a UTF-8 text file as it is, its lines the file’s own', async () => {
    expect(await readInput('a.txt', utf8('老区'))).toEqual({ text: '老区', notes: [], hints: {}, sameLines: true });
  });

  it('reads a GB18030 text file and tells the editor', async () => {
    const gbk = new Uint8Array([0xc0, 0xcf, 0xc7, 0xf8, 0xb5, 0xc4, 0xb9, 0xa4, 0xd7, 0xf7]); // 老区的工作 in GBK
    const result = await readInput('a.txt', gbk);
    expect(result.text).toBe('老区的工作');
    expect(result.notes[0]?.zh).toMatch(/^a\.txt 不是 UTF-8,已按 GB18030.*(文字太少,编码难以确定)/u);
  });

  it('turns a saved page into text, in the encoding it declares, with its title as a hint', async () => {
    const page = new Uint8Array([
      ...utf8('<meta charset="gbk"><title>t - site</title><p>'), 0xc0, 0xcf, 0xc7, 0xf8, ...utf8('</p><p>'), 0xd5, 0xf1, 0xd0, 0xcb, ...utf8('</p>'),
    ]);
    expect(await readInput('a.html', page)).toMatchObject({ text: '老区\n\n振兴', hints: { documentTitle: 't - site' }, sameLines: false });
  });

  it('refuses unsupported files, empty files and broken Word and PDF files with a bilingual message', async () => {
    await expect(readInput('a.doc', utf8('x'))).rejects.toThrow(/不支持此文件类型[\s\S]*unsupported file type/u);
    await expect(readInput('a.txt', utf8(' \n'))).rejects.toThrow(/没有可读取的文字[\s\S]*holds no text/u);
    await expect(readInput('a.docx', utf8('not a zip'))).rejects.toThrow(/不是可读的 Word 文件[\s\S]*not a readable Word file/u);
    await expect(readInput('a.pdf', utf8('%PDF-1.4 broken'))).rejects.toThrow(/不是可读的 PDF 文件[\s\S]*not a readable PDF/u);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await readInput('big.html', new Uint8Array(MAX_INPUT_BYTES + 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as Error).message).toMatch(/big\.html:文件有 100 MB,超过导入上限 100 MB/u);
  });
});
