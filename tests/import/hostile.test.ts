/**
 * Pages and files that crashed the importer or stalled it (issue 15, item 10), and encodings it
 * misread: each one imports or is refused with a message and a non-zero exit, never a crash.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, IMPORT_TESTS, PAGES } from './seeds.ts';

const REPO = join(IMPORT_TESTS, '../..');
const HOSTILE = join(FIXTURES, 'hostile');

function runImport(args: string[], nodeOptions: string[] = []) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [...nodeOptions, 'scripts/import.ts', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
}

const scratch = mkdtempSync(join(tmpdir(), 'laoqu-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const freshDir = () => join(mkdtempSync(join(scratch, 'run-')), 'reports');
const written = (out: string) => (existsSync(out) ? readdirSync(out) : []);
const bodyOf = (markdown: string) => markdown.split('\n---\n')[1] ?? '';

/** The zip's own record of a part's unpacked size, in its local header and central directory, set to `size`. */
function declareSize(zip: Buffer, part: string, size: number): Buffer {
  const patched = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let at = patched.indexOf(name); at >= 0; at = patched.indexOf(name, at + 1)) {
    if (patched.readUInt32LE(at - 30) === 0x04034b50) patched.writeUInt32LE(size, at - 30 + 22);
    if (patched.readUInt32LE(at - 46) === 0x02014b50) patched.writeUInt32LE(size, at - 46 + 24);
  }
  return patched;
}

describe('hostile pages and files', { timeout: 120_000 }, () => {
  it('imports a page whose image path is percent-encoded GBK (a URIError before)', () => {
    const out = freshDir();
    const run = runImport([join(PAGES, 'yanchuan-saved-page.html'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(written(out)).toEqual(['2022-03-yanchuan-xiangcun-zhenxing.md']);
  });

  it('imports a page with a 15 MB inline image (a stack overflow before), in seconds', () => {
    const page = join(scratch, 'inline-image.html');
    const image = `data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(640_000)}`;
    writeFileSync(
      page,
      `<html><head><meta charset="utf-8"><title>宁城县老区产业调研 - 示例网</title></head><body><h1>宁城县老区产业调研</h1>` +
        `<p>发布日期:2021-03-05 来源:宁城县老区建设促进会</p><p>宁城县是赤峰市的革命老区县。</p>` +
        `<p><img src="${image}"></p><p>大城子镇的设施农业园区</p><p>全县设施农业面积达到50万亩。</p></body></html>`,
    );
    const out = freshDir();
    const run = runImport([page, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const [file] = written(out);
    const body = bodyOf(readFileSync(join(out, file ?? ''), 'utf8'));
    expect(body).toBe('\n宁城县是赤峰市的革命老区县。\n\n*大城子镇的设施农业园区*\n\n全县设施农业面积达到50万亩。\n');
    expect(run.seconds).toBeLessThan(30);
  });

  it('refuses a 200 KB Word file that unpacks to 200 MB before unpacking it, in little memory (out of memory before)', () => {
    const docx = join(HOSTILE, 'expands-to-200mb.docx');
    expect(readFileSync(docx).byteLength).toBeLessThan(256 * 1024);
    const out = freshDir();
    // With 64 MB of heap, unpacking the 200 MB part could not even start.
    const run = runImport([docx, '--out', out], ['--max-old-space-size=64']);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/expands-to-200mb\.docx:Word 文件中的 word\/document\.xml 解压后达 200 MB,超过导入上限 64 MB,未读取[\s\S]*would unpack to 200 MB/u);
    expect(written(out)).toEqual([]);
  });

  it('refuses a Word file whose part is bigger than the file declares', () => {
    const forged = join(scratch, 'forged.docx');
    writeFileSync(forged, declareSize(readFileSync(join(HOSTILE, 'expands-to-200mb.docx')), 'word/document.xml', 1_000_000));
    const run = runImport([forged, '--out', freshDir()], ['--max-old-space-size=64']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/forged\.docx:Word 文件已损坏或被改动:word\/document\.xml 的实际大小超过文件自己声明的 1000000 字节[\s\S]*damaged or altered/u);
  });

  it('reads a page of tags never closed in time proportional to its size', () => {
    const page = join(scratch, 'unclosed.html');
    const paragraph = (i: number) => `<div><b><span><a href="/x${i}">第${i}段文字,老区建设。`;
    writeFileSync(page, `<title>老区建设调研 - 示例网</title><h1>老区建设调研</h1><p>发布日期:2021-03-05</p>${Array.from({ length: 30_000 }, (_, i) => paragraph(i)).join('')}`);
    const run = runImport([page, '--out', freshDir()]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.seconds).toBeLessThan(60);
  });

  it('reads a Big5 page as Big5, not as GB18030 nonsense', () => {
    const out = freshDir();
    const run = runImport([join(PAGES, 'big5-copied-page.txt'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('big5-copied-page.txt 不是 UTF-8,已按 Big5(繁体中文的编码) 读取');
    const markdown = readFileSync(join(out, '2016-12-baoding-jingzhun-tuopin.md'), 'utf8');
    expect(markdown).toContain('title: "因地制宜 精準發力 打通脫貧之路"');
    expect(markdown).toContain('publisher: "保定市老區建設促進會"');
    expect(markdown).toContain('script: "zh-Hant"');
    expect(bodyOf(markdown)).toContain('保定市目前有9個貧困縣');
  });

  it('reads a page Notepad saved as UTF-16 exactly as its UTF-8 original', () => {
    const [utf16, utf8] = [freshDir(), freshDir()];
    expect(runImport([join(PAGES, 'utf16-copied-page.txt'), '--out', utf16]).status).toBe(0);
    expect(runImport([join(PAGES, 'xingguo-copied-page.txt'), '--out', utf8]).status).toBe(0);
    const [file] = written(utf8);
    expect(written(utf16)).toEqual([file]);
    expect(readFileSync(join(utf16, file ?? ''), 'utf8')).toBe(readFileSync(join(utf8, file ?? ''), 'utf8'));
  });
});
