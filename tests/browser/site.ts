import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { fixture } from '../fixture-site.ts';
import { launchChromium } from './chromium.ts';
import { expectServes } from './serve-check.ts';
import { serveStatic } from './static-server.ts';

/** The built test site (tests/fixture/): what every browser test reads and serves. */
export const dist = fixture.dist;

/** Slugs of the report pages in the built site. */
export function reportSlugs(): string[] {
  return readdirSync(join(dist, 'reports'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readDist(path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

/** The built file a public address serves (a folder's address serves its index.html). */
export function readPublished(url: string): string {
  return readDist(url.endsWith('/') ? `${url}index.html` : url);
}

/**
 * Starts a server on the built site and a Chromium for the tests of one file. The server is
 * Node's (static-server.ts), which serves the site as the nginx block in scripts/nginx/ does, so
 * these tests need nothing but `npm install`; nginx.test.ts checks the two agree where nginx is
 * installed.
 */
export function useSite() {
  const state = {} as { origin: string; browser: Browser; server: 'node' };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(`No built test site in ${dist}: npm test builds it first; alone, run node tests/build-fixture.ts.`);
    }
    const server = await serveStatic(dist);
    stop = server.close;
    await expectServes(server.origin, dist, 'the test server');
    state.server = 'node';
    state.origin = server.origin;
    const chromium = await launchChromium();
    state.browser = chromium.browser;
    stop = async () => {
      await chromium.close();
      await server.close();
    };
  });
  afterAll(async () => stop?.());
  return state;
}
