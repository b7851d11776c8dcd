/** The command an editor runs: npm run import -- FILE… [--out DIR] [--force]. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPECTED, FIXTURES, IMPORT_TESTS, PAGES } from './seeds.ts';

const REPO = join(IMPORT_TESTS, '../..');

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'laoqu-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const freshDir = () => join(mkdtempSync(join(scratch, 'run-')), 'reports');
const seed002 = join(FIXTURES, '002_9cfd1b232a0c766d.txt');
const seed004 = join(FIXTURES, '004_8f084346c1b601db.txt');

// Each run starts Node and loads the importer: seconds on a busy two-core machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes one file per report and prints file:line, the passage and what to check', () => {
    const out = freshDir();
    const { status, stdout } = runImport(seed002, seed004, '--out', out);
    expect(status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2016-12-baoding-jingzhun-tuopin.md', '2021-01-wuzhong-tuopin-fumin.md']);
    expect(readFileSync(join(out, '2016-12-baoding-jingzhun-tuopin.md'), 'utf8')).toBe(
      readFileSync(join(EXPECTED, '2016-12-baoding-jingzhun-tuopin.md'), 'utf8'),
    );
    expect(stdout).toMatch(/2016-12-baoding-jingzhun-tuopin\.md:27 {2}\(原文 source 002_9cfd1b232a0c766d\.txt:18\) {2}「20156月/u);
    expect(stdout).toContain('“20156月”疑缺“年”字');
    expect(stdout).toContain('“2900/年”中的数字疑缺单位');
    expect(stdout).toMatch(/2021-01-wuzhong-tuopin-fumin\.md:50 .*txt:40\) {2}「收、致了富。G」/u);
    expect(stdout).toMatch(/共写入 2 个报告文件.*\nWrote 2 report files/u);
  });

  it('never overwrites a report file unless --force, and then writes nothing at all', () => {
    const out = freshDir();
    expect(runImport(seed004, '--out', out).status).toBe(0);
    const file = join(out, '2021-01-wuzhong-tuopin-fumin.md');
    writeFileSync(file, 'edited by hand');

    const refused = runImport(seed002, seed004, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/报告文件已存在[\s\S]*report file exists/u);
    expect(readFileSync(file, 'utf8')).toBe('edited by hand');
    expect(existsSync(join(out, '2016-12-baoding-jingzhun-tuopin.md'))).toBe(false);

    expect(runImport(seed004, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('edited by hand');
  });

  it('refuses unreadable input with a bilingual message and writes nothing', () => {
    const out = freshDir();
    const missing = runImport(seed004, join(FIXTURES, 'no-such-file.txt'), '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/无法读取文件[\s\S]*cannot read the file/u);

    const doc = join(scratch, 'report.doc');
    writeFileSync(doc, 'old Word');
    const unsupported = runImport(doc, '--out', out);
    expect(unsupported.status).toBe(1);
    expect(unsupported.stderr).toMatch(/不支持此文件类型[\s\S]*unsupported file type/u);

    const pdf = join(scratch, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const broken = runImport(pdf, '--out', out);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/不是可读的 PDF 文件[\s\S]*not a readable PDF/u);

    const folder = runImport(scratch, '--out', out);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/无法读取文件[\s\S]*not a file/u);

    expect(existsSync(out)).toBe(false);
  });

  it('explains itself when given no file', () => {
    const { status, stderr } = runImport();
    expect(status).toBe(1);
    expect(stderr).toMatch(/没有指定要导入的文件[\s\S]*No input file given[\s\S]*用法/u);
  });

  it('reads a saved page, a Word file and a PDF', () => {
    const out = freshDir();
    const { status } = runImport(join(FIXTURES, 'saved-page.html'), join(FIXTURES, 'word-file.docx'), join(PAGES, 'tongjiang-report.pdf'), '--out', out);
    expect(status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['0000-00-aohan-xiaomi-chanye.md', '2021-03-ningcheng-chanye-fupin.md', '2022-06-tongjiang-xiangcun-zhenxing.md']);
  });

  it('refuses two inputs that would make one report file, and writes neither', () => {
    const out = freshDir();
    const copy = join(scratch, 'xingguo-again.txt');
    writeFileSync(copy, readFileSync(join(PAGES, 'xingguo-copied-page.txt')));
    const { status, stderr } = runImport(join(PAGES, 'xingguo-copied-page.txt'), copy, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toMatch(/2021-09-xingguo-geming-laoqu\.md:.*xingguo-copied-page\.txt、.*xingguo-again\.txt 会写成同一个报告文件,未写入任何文件[\s\S]*would make the same report file/u);
    expect(existsSync(out)).toBe(false);
  });

  it('takes a county anywhere in mainland China without asking for a new region entry', () => {
    const { stdout } = runImport(join(PAGES, 'xingguo-copied-page.txt'), '--out', freshDir());
    expect(stdout).toContain('兴国县 360732(江西省赣州市)');
    expect(stdout).not.toMatch(/不在全国地区表|not in the national list/u);
  });

  it('points only to files that exist in the repository', () => {
    const { stdout } = runImport(seed002, join(PAGES, 'yanchuan-saved-page.html'), join(PAGES, 'tongjiang-report.pdf'), '--out', freshDir());
    const named = [...stdout.matchAll(/(?<![\w/.-])((?:[\w-]+\/)+[\w.-]+\.(?:md|json|ts|txt|html|pdf))(?::\d+)?/gu)].map((m) => m[1] ?? '');
    // Every file a message names exists: the reports just written, and any repository file it cites.
    expect(named.length).toBeGreaterThan(0);
    for (const path of named) expect(existsSync(path.startsWith('/') ? path : join(REPO, path)) || existsSync(path), path).toBe(true);
    expect(stdout).not.toContain('REGIONS.md');
  });
});
