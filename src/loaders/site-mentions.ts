import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { sitesMentioned, type NamedSite } from '../lib/maps/mentions.ts';
import type { ReportParagraph } from '../lib/markdown/render.ts';
import { toSimplified } from '../lib/script-convert.ts';
import { siteSchema } from '../schemas/site.ts';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { parseJsonArray } from './read-json.ts';

/** Only what a mention depends on, so the digest changes with nothing else. */
const siteNames = siteSchema.pick({ id: true, name: true, aliases: true });

/**
 * What the report loader needs to find the heritage sites a report mentions: the names of
 * data/sites.json, read once per load. Found while rendering, on the render workers, because
 * converting every Traditional report to Simplified to look for the names cost the one-threaded
 * page generation about 0.9 s per 1,000 reports. `inputs` is every byte the answer depends on,
 * for the render cache's digest: a site's description or coordinates can change without it.
 */
export async function siteMentionContext(dataDir: string) {
  const problems: Problem[] = [];
  const path = join(dataDir, 'sites.json');
  const sites: NamedSite[] = parseJsonArray(await readFile(path, 'utf8').catch(() => '[]'), relative(process.cwd(), path), siteNames, problems);
  if (problems.length > 0) throw new ContentError(problems);
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
