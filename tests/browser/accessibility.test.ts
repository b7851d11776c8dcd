import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCharts, fixtureFigures, fixtureReports, fixtureSites } from '../fixture-site.ts';
import { dist, useSite } from './site.ts';

const site = useSite();
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** An address the site does not have: it is answered with the 404 page. */
const MISSING = '/no-such-page/';

/** One page of each type readers meet, from the test site: a report, an indicator, a region, a site, a chart, the 404 page. */
function pagesToAudit(): string[] {
  const [report] = fixtureReports();
  const [figure] = fixtureFigures();
  return [
    '/', '/reports/', `/reports/${report!.slug}/`, '/data/', `/data/${figure!.indicator}/`, '/regions/', `/regions/${report!.data.regions[0]}/`,
    '/sites/', `/sites/${fixtureSites()[0]!.id}/`, `/embed/${fixtureCharts()[0]!.id}/`, '/search/', MISSING,
  ];
}

describe('accessibility', () => {
  it.each(pagesToAudit())('%s has no serious or critical axe violation', async (path) => {
    expect(existsSync(join(dist, path === MISSING ? '404.html' : join(path, 'index.html'))), `${path} is built`).toBe(true);
    // axe is injected past the site's CSP, which rightly forbids inline scripts.
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('walks a report with the keyboard alone: skip link, contents, paragraph link, citation', async () => {
    const slug = fixtureReports()[0]!.slug;
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/${slug}/`);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '', cls: el?.className ?? '', inCiteBox: Boolean(el?.closest('cite-box')) };
    });

    await page.keyboard.press('Tab');
    expect((await focused()).text).toContain('跳到正文');
    expect(await page.locator('.skip-link').boundingBox()).toMatchObject({ x: expect.any(Number) });
    await page.keyboard.press('Enter');
    // The page's own location: Playwright's page.url() learns of a hash change a moment later,
    // and under load that moment came after the check.
    const hashNow = () => page.evaluate(() => decodeURIComponent(location.hash));
    await expect.poll(hashNow).toBe('#main');

    // Tab on to the first entry of the contents and follow it
    let step = await focused();
    for (let i = 0; i < 40 && !(step.tag === 'A' && step.href.startsWith('#') && !step.href.startsWith('#p-')); i++) {
      await page.keyboard.press('Tab');
      step = await focused();
    }
    const heading = decodeURIComponent(step.href.slice(1));
    await page.keyboard.press('Enter');
    await expect.poll(hashNow).toBe(`#${heading}`);

    // on to a paragraph's own link, which shows itself when focused
    for (let i = 0; i < 200 && !step.cls.includes('p-link'); i++) {
      await page.keyboard.press('Tab');
      step = await focused();
    }
    expect(step.cls).toContain('p-link');
    const opacity = await page.evaluate(() => getComputedStyle(document.activeElement!).opacity);
    expect(Number(opacity)).toBeGreaterThan(0.9);
    await page.keyboard.press('Enter');
    await expect.poll(hashNow).toMatch(/^#p-\d+$/);
    const hash = await hashNow();
    await expect.poll(() => page.locator('cite-box [data-format="gbt"]').textContent()).toContain(`第${hash.slice(3)}段`);

    // and to the report citation's copy button, past those of the charts placed in the text
    for (let i = 0; i < 400 && !(step.tag === 'BUTTON' && step.text === '复制' && step.inCiteBox); i++) {
      await page.keyboard.press('Tab');
      step = await focused();
    }
    expect(step.text).toBe('复制');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`#p-${hash.slice(3)}`);
    await context.close();
  });
});
