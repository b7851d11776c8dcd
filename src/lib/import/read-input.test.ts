import { describe, expect, it } from 'vitest';
import { readInput, UnreadableInputError } from './read-input.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readInput', () => {
  it('reads a UTF-8 text file as it is', async () => {
    expect(await readInput('a.txt', utf8('老区'))).toEqual({ text: '老区', notes: [] });
  });

  it('reads a GB18030 text file and tells the editor', async () => {
    const gbk = new Uint8Array([0xc0, 0xcf, 0xc7, 0xf8]); // 老区 in GBK
    const result = await readInput('a.txt', gbk);
    expect(result.text).toBe('老区');
    expect(result.notes[0]?.zh).toContain('GB18030');
  });

  it('turns a saved page into text', async () => {
    expect((await readInput('a.html', utf8('<p>老区</p><p>振兴</p>'))).text).toBe('老区\n\n振兴');
  });

  it('refuses unsupported files, empty files and broken Word files with a bilingual message', async () => {
    await expect(readInput('a.pdf', utf8('x'))).rejects.toThrow(/不支持此文件类型[\s\S]*unsupported file type/u);
    await expect(readInput('a.txt', utf8(' \n'))).rejects.toThrow(/没有文字[\s\S]*holds no text/u);
    await expect(readInput('a.docx', utf8('not a zip'))).rejects.toBeInstanceOf(UnreadableInputError);
  });
});
