import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentPaths } from '../content-paths.ts';

type EditorialPage = CollectionEntry<'pages'>;
let loaded: Promise<EditorialPage[]> | undefined;

/**
 * The editors' pages (content/pages/*.mdx), for the footer, /[page]/ and embeds. A site may have
 * none (the benchmark's corpora, a new 老促会's first build): Astro then warns on every page that
 * the collection "does not exist or is empty", as if the config were wrong, so an empty folder
 * is answered here without asking. Read once a build; the dev server asks afresh, so edits show.
 */
export function editorialPages(): Promise<EditorialPage[]> {
  if (import.meta.env.DEV) return load();
  return (loaded ??= load());
}

async function load(): Promise<EditorialPage[]> {
  if (!hasMdx(resolve(contentPaths.pages))) return [];
  return getCollection('pages');
}

function hasMdx(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => name.endsWith('.mdx'));
  } catch {
    return false; // no folder: no pages
  }
}
