// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteAddressNote } from './src/integrations/site-address.ts';
import { readSiteAddress } from './src/lib/site-address.ts';

// The public address the site is served from, when set: canonical links, og:url, the feed, the
// sitemap and absolute addresses in citations and downloads use it. Without it nothing is
// invented (src/lib/site-address.ts), and the build says so.
const site = readSiteAddress(process.env.LAOQU_SITE);

export default defineConfig({
  ...(site ? { site } : {}),
  // scripts/build.ts builds into a fresh folder and swaps it in, so a failed build never leaves
  // a half-written dist/.
  outDir: process.env.LAOQU_OUT ?? 'dist',
  // The content cache (rendered reports); the benchmark points it at a fresh folder to time a cold build.
  ...(process.env.LAOQU_CACHE ? { cacheDir: process.env.LAOQU_CACHE } : {}),
  trailingSlash: 'always',
  // Four pages in flight: a report page waits on reading its rendered HTML from the cache, and
  // one at a time left the core idle then (page generation at 1,000 reports: 11.7 s → 7.6 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // Never inline a script, however small: the Content-Security-Policy allows scripts from this
  // host only, and Astro inlines scripts under Vite's asset limit (4 KB) by default.
  vite: { build: { assetsInlineLimit: 0 } },
  // The search index and the .gz files are made by scripts/build.ts once this build's process
  // has ended: at 10,000 reports Astro still held 1.2-2.4 GB while they ran.
  // The content check runs inside Astro, so astro dev and astro build refuse what npm run check refuses.
  // A sitemap lists absolute addresses: without the site's address there is none to write.
  integrations: [contentCheck(), siteAddressNote(site), mdx(), ...(site ? [sitemap()] : [])],
});
