import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sitesMentioned, type NamedSite } from '../lib/maps/mentions.ts';
import type { ReportParagraph } from '../lib/markdown/render.ts';
import { toSimplified } from '../lib/script-convert.ts';

/**
 * What the report loader needs to find the heritage sites a report mentions: the names of
 * data/sites.json, read once per load. Found while rendering, on the render workers, because
 * converting every Traditional report to Simplified to look for the names cost the one-threaded
 * page generation about 0.9 s per 1,000 reports. `inputs` is every byte the answer depends on,
 * for the render cache's digest: a site's description or coordinates can change without it.
 */
export async function siteMentionContext(dataDir: string) {
  const sites = parseNames(await readFile(join(dataDir, 'sites.json'), 'utf8').catch(() => '[]'));
  return {
    inputs: JSON.stringify(sites),
    /** Ids of the sites the report's paragraphs name, in the order of data/sites.json. */
    mentionedIn(paragraphs: readonly ReportParagraph[], script: 'zh-Hans' | 'zh-Hant'): string[] {
      const text = paragraphs.map((p) => p.text).join('\n');
      // Names are written in Simplified.
      return sitesMentioned(script === 'zh-Hant' ? toSimplified(text) : text, sites);
    },
  };
}

/** Invalid entries are left out: the check step has already refused them with its own messages. */
function parseNames(json: string): NamedSite[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((site: Partial<NamedSite>) =>
    typeof site?.id === 'string' && typeof site.name === 'string'
      ? [{ id: site.id, name: site.name, aliases: Array.isArray(site.aliases) ? site.aliases.filter((a) => typeof a === 'string') : undefined }]
      : [],
  );
}
