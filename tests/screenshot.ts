// Screenshots of built pages at phone and desktop widths, for looking at what we build:
//   node tests/screenshot.ts [--dark] /reports/ /reports/<slug>/ …   → tests/output/screenshots/
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from './browser/chromium.ts';
import { serveStatic } from './browser/static-server.ts';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const paths = args.filter((a) => a.startsWith('/'));
const dist = resolve(process.env['LAOQU_OUT'] ?? 'dist');
const outDir = resolve('tests/output/screenshots');
await mkdir(outDir, { recursive: true });
const site = await serveStatic(dist);
const { browser, close } = await launchChromium();
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: dark ? 'dark' : 'light', deviceScaleFactor: 1 });
  for (const path of paths) {
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: !args.includes('--viewport') });
    console.log(`${outDir}/${name}`);
  }
  await page.close();
}
await close();
await site.close();
