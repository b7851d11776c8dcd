import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { nginxAvailable, serveWithNginx } from './nginx-server.ts';
import { serveStatic } from './static-server.ts';

export const dist = resolve(process.env['LAOQU_OUT'] ?? 'dist');

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

/**
 * Starts a server on the built site and a Chromium for the tests of one file. The site is served
 * by Debian's nginx with the project's own server block when nginx is installed (CI installs it),
 * so the headers and precompressed files under test are the ones a deployment sends.
 */
export function useSite() {
  const state = {} as { origin: string; browser: Browser; server: 'nginx' | 'node' };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = nginxAvailable() ? await serveWithNginx(dist) : await serveStatic(dist);
    state.server = nginxAvailable() ? 'nginx' : 'node';
    const chromium = await launchChromium();
    state.origin = server.origin;
    state.browser = chromium.browser;
    stop = async () => {
      await chromium.close();
      await server.close();
    };
  });
  afterAll(async () => stop?.());
  return state;
}
