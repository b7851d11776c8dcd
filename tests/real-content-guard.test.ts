/**
 * New content cannot break the suite: no test reads the real content/ or data/. Every test
 * process loads real-content-guard.ts (tests/vitest.config.ts), and so does every process a test
 * starts; the browser and build tests name the test site, never the real folders.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixture-site.ts';
import { isRealContent } from './real-content.ts';

describe('the guard on the real content', () => {
  it('refuses a test’s reads of content/ and data/, naming the file, and lets data/geo/ and the test site through', async () => {
    expect(() => readFileSync('data/indicators.json', 'utf8')).toThrow(/测试不得读取真实内容 data\/indicators\.json.*A test read the real content/s);
    expect(() => readdirSync('content/reports')).toThrow(/content\/reports/);
    expect(() => readdirSync(join(process.cwd(), 'data', 'figures'))).toThrow(/data\/figures/);
    await expect(readFile(new URL('../data/sites.json', import.meta.url))).rejects.toThrow(/data\/sites\.json/);
    await expect(readdir('content')).rejects.toThrow(/content/);
    expect(readFileSync('data/geo/gb2260.json', 'utf8').length).toBeGreaterThan(0);
    expect(readdirSync(join(fixture.data, 'figures')).length).toBeGreaterThan(0);
    expect(isRealContent('data/geo/../regions.json')).toBe(true);
    expect(isRealContent('tests/fixture/data/regions.json')).toBe(false);
  });

  it('is loaded by the processes a test starts', () => {
    const child = spawnSync(process.execPath, ['-e', "require('node:fs').readFileSync('content/reports')"], { encoding: 'utf8' });
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain('A test read the real content content/reports');
  });
});

describe('browser and build tests', () => {
  const files = ['tests/browser', 'tests/build'].flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.ts')).map((name) => join(dir, name)));
  /** A file call on a path into the real content: content/…, data/… (data/geo/ excepted), or 'content' or 'data' alone. */
  const REAL = /\b(?:readFileSync|readFile|readdirSync|readdir|opendirSync|opendir|createReadStream|cpSync|cp|existsSync|statSync|stat|resolve|join|URL)\(\s*['"`](?:\.\.?\/)*(?:content|data)(?:\/(?!geo\/)|['"`])/;

  it('would have caught the tests as they were before the test site', () => {
    // Lines of the tests that read the real content until the test site replaced it.
    for (const line of [
      "const sites = JSON.parse(readFileSync('data/sites.json', 'utf8'));",
      "const reportFiles = readdirSync('content/reports').filter((name) => name.endsWith('.md'));",
      "  .filter((name) => name.endsWith('.json')).flatMap((name) => JSON.parse(readFileSync(join(resolve('data/figures'), name), 'utf8')));",
      "cpSync(resolve('data'), work, { recursive: true });",
      "const reportsDir = resolve('content/reports');",
      "JSON.parse(readFileSync(new URL('../../../data/indicators.json', import.meta.url), 'utf8'))",
    ]) expect(REAL.test(line), line).toBe(true);
    for (const line of ["readFileSync('data/geo/gb2260.json', 'utf8')", "readDist('data/figures.json')", "tooltip.locator('data')", 'join(fixture.data, "figures")']) expect(REAL.test(line), line).toBe(false);
  });

  it.each(files)('%s reads no real content folder', (file) => {
    const hits = readFileSync(file, 'utf8').split('\n').filter((line) => REAL.test(line));
    expect(hits).toEqual([]);
  });
});
