// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';

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
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // precompress stays last: it gzips what every other integration wrote.
  integrations: [sitemap(), pagefind(), precompress()],
});
