import { z } from 'zod';
import { isoDate } from './common.ts';

/**
 * Frontmatter of an editorial page (content/pages/<name>.mdx, served at /<name>/): what the
 * site's own editors write about the site, such as /about/ and /methods/. Reports come from
 * outside and stay Markdown; these pages may draw a chart, a figure or a map by id.
 */
export const editorialPageSchema = z.strictObject({
  /** The page's title, as its heading and in the browser tab. */
  title: z.string().min(1),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(1),
  /** When the editors last changed what the page says (YYYY-MM-DD), shown under the title. */
  updated: isoDate.optional(),
});

export type EditorialPage = z.infer<typeof editorialPageSchema>;

/**
 * Names an editorial page cannot take: the site's own sections and files at the top level
 * (src/pages/), which would take precedence over the page without a word.
 */
export const RESERVED_PAGE_NAMES: ReadonlySet<string> = new Set(['reports', 'data', 'regions', 'sites', 'search', 'embed', 'geo', 'pagefind', 'feed', '_astro', 'index', '404']);
