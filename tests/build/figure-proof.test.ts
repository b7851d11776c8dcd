import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/schemas/figure.ts';
import { fixture } from '../fixture-site.ts';

// Copies the test site's data and changes one digit in one quote: the build must refuse before rendering.
const work = mkdtempSync(join(tmpdir(), 'laoqu-proof-'));
cpSync(fixture.data, work, { recursive: true });
const content = { LAOQU_REPORTS: fixture.reports, LAOQU_DATA: work, LAOQU_GEO: fixture.geo, ASTRO_TELEMETRY_DISABLED: '1' };
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('figure proof', () => {
  it('refuses a figure whose quote no longer states its value, naming both files and the figure', () => {
    const [file] = readdirSync(join(work, 'figures')).filter((name) => name.endsWith('.json')).sort();
    expect(file).toBeDefined();
    const path = join(work, 'figures', file!);
    const figures = JSON.parse(readFileSync(path, 'utf8')) as Figure[];
    const victim = figures.find((figure) => /[1-8]/.test(figure.quote))!;
    const digit = /[1-8]/.exec(victim.quote)![0];
    victim.quote = victim.quote.replace(digit, String(Number(digit) + 1));
    writeFileSync(path, JSON.stringify(figures, null, 2));

    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, ...content, LAOQU_OUT: join(work, 'dist') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file} (${victim.id})`);
    expect(result.stderr).toContain(`${relative(process.cwd(), fixture.reports)}/${file!.replace('.json', '.md')}`);
    expect(result.stderr).toMatch(/引文不在报告正文中|引文中读不到/);
    // This scratch folder never had a site: the build says none is published, not that one is kept.
    expect(result.stderr).toContain('没有发布任何网站');

    // astro build alone, without scripts/build.ts, refuses it with the check's own message.
    // As an editor runs it: vitest's NODE_ENV=test makes Astro's CLI throw errors raw instead of printing them.
    const { NODE_ENV: _test, ...shell } = process.env;
    const env = { ...shell, ...content, LAOQU_OUT: join(work, 'astro-dist') };
    const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8' });
    const check = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
    expect(astro.status, astro.stderr.slice(0, 2000)).toBe(1);
    expect(check.status).toBe(1);
    const problem = check.stderr.split('\n\n').find((block) => block.includes(`(${victim.id})`))!.trim();
    expect(problem).toBeTruthy();
    expect(astro.stdout + astro.stderr, astro.stderr.slice(0, 3000)).toContain(problem);
    expect(readdirSync(work)).not.toContain('astro-dist');
  }, 120_000);
});
