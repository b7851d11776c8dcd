import { writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { headersFile, headersRules } from '../lib/headers-file.ts';

/**
 * Writes _headers, the file Netlify and Cloudflare Pages read their response headers from, for
 * the site as built: its rules follow the folders and files at the site's top level (see
 * src/lib/headers-file.ts). Run it once every other step has written its files.
 */
export async function writeHeadersFile(siteDir: string): Promise<number> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const rules = headersRules(files);
  writeFileSync(join(siteDir, '_headers'), headersFile(rules));
  return rules.length;
}
