import { describe, expect, it } from 'vitest';
import { reportSlugs, useSite } from './site.ts';

const site = useSite();

/** Body bytes a first visit transfers, by resource type, as the server sends them (gzipped). */
async function transferred(path: string, javaScriptEnabled = true) {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const sizes: { url: string; type: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const size = await request.sizes();
    sizes.push({ url: request.url(), type: request.resourceType(), bytes: size.responseBodySize });
  });
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(200);
  const text = await page.locator('main').innerText();
  const charts = await page.locator('chart-figure').count();
  await context.close();
  const sum = (types: string[]) => sizes.filter((s) => types.includes(s.type)).reduce((total, s) => total + s.bytes, 0);
  return { all: sum(['document', 'stylesheet', 'script']), js: sum(['script']), text, sizes, charts };
}

describe('page budgets', () => {
  // A chart placed beside its paragraphs carries its drawing at two widths, its figures with their
  // quotes, and its citations and embed code: about 1.2 KB gzipped on the test site. The text and
  // everything around it stay within 30 KB; each chart may add 2 KB.
  it.each(reportSlugs())('report %s transfers at most 30 KB of HTML, CSS and JS, and 2 KB a chart', async (slug) => {
    const { all, sizes, charts } = await transferred(`/reports/${slug}/`);
    console.log(`report ${slug}: ${(all / 1024).toFixed(1)} KB with ${charts} charts`);
    expect(all, sizes.map((s) => `${s.url} ${s.bytes}`).join('\n')).toBeLessThanOrEqual((30 + 2 * charts) * 1024);
  });

  it('reads a report in full with JavaScript off', async () => {
    const [slug] = reportSlugs();
    const { text } = await transferred(`/reports/${slug}/`, false);
    expect(text.length).toBeGreaterThan(2000);
    expect(text).toContain('引用本报告');
  });

  it('ships no JavaScript on pages without interaction, and only a filter on /data/', async () => {
    expect((await transferred('/reports/')).js).toBe(0);
    // The indicator filter: a few hundred bytes, and the grouped list reads without it.
    expect((await transferred('/data/')).js).toBeLessThanOrEqual(1024);
  });
});
