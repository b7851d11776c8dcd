// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';

// The public address the site is served from; canonical links, the feed and the sitemap use it.
const site = process.env.LAOQU_SITE ?? 'https://laoqu.example.org';

export default defineConfig({
  site,
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
  integrations: [contentCheck(), sitemap()],
});
