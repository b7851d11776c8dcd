import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixture-site.ts';

// Builds the test site plus one hostile report into a scratch folder, then breaks a report and
// builds again: the hostile markup must not survive, and the failed build must not touch the site.
const work = mkdtempSync(join(tmpdir(), 'laoqu-build-'));
const reports = join(work, 'reports');
const out = join(work, 'dist');
cpSync(fixture.reports, reports, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const frontmatter = (title: string) => `---
title: "${title}"
date: "2021-01-01"
publisher: "测试单位"
regions: ["150400"]
script: "zh-Hans"
source:
  name: "测试"
summary: "用于测试的报告。"
---
`;

function build(env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, LAOQU_REPORTS: reports, LAOQU_DATA: fixture.data, LAOQU_GEO: fixture.geo, LAOQU_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
}

describe('a build of untrusted and broken content', () => {
  it('sanitises raw HTML in report Markdown', () => {
    writeFileSync(
      join(reports, 'zz-hostile.md'),
      frontmatter('恶意报告') +
        [
          '第一段<script>window.pwned=1</script>正文。',
          '<img src="x" onerror="window.pwned=2">',
          '[点我](javascript:window.pwned=3)',
          '<iframe src="https://example.com/"></iframe>',
          '<a href="https://example.com/" onclick="window.pwned=4">外链</a>',
          '<sup>1</sup> 合法的上标留下。',
        ].join('\n\n'),
    );
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(out, 'reports/zz-hostile/index.html'), 'utf8');
    const body = html.slice(html.indexOf('<report-body'), html.indexOf('</report-body>'));
    expect(body).toContain('第一段');
    expect(body).toContain('<sup>1</sup>');
    expect(body).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|pwned/i);
  }, 180_000);

  it('stops on a broken report, names file and line, and leaves the last site in place', () => {
    const before = statSync(join(out, 'index.html')).mtimeMs;
    writeFileSync(join(reports, 'zz-broken.md'), frontmatter('坏报告').replace('date: "2021-01-01"', 'date: "2021年1月1日"') + '正文。\n');
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/zz-broken\.md:3 \[date\]/);
    expect(result.stderr).toContain('日期应写作 YYYY-MM-DD');
    expect(result.stderr).toContain('保持不变');
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(before);
    expect(readFileSync(join(out, 'reports/zz-hostile/index.html'), 'utf8')).toContain('第一段');
  }, 180_000);

  it('stops when Astro itself fails, and leaves the last site in place', () => {
    // Content the check accepts, and a build cache that cannot be written: the failure is Astro's.
    rmSync(join(reports, 'zz-broken.md'));
    const cache = join(work, 'cache-is-a-file');
    writeFileSync(cache, '');
    const before = statSync(join(out, 'index.html')).mtimeMs;
    const result = build({ LAOQU_CACHE: cache });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('构建未完成');
    expect(result.stderr).toContain('保持不变');
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(before);
    // Its staging folder is gone, and no other is left.
    expect(readdirSync(work).filter((name) => name.startsWith('dist.'))).toEqual([]);
  }, 180_000);
});
