import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

/**
 * The editors' MDX pages (content/pages/*.mdx), loaded by Astro's glob loader. A site without
 * the folder simply has no editorial pages, without the loader's warning about a missing folder.
 */
export function editorialPagesLoader(options: { base: string }): Loader {
  const pages = glob({ pattern: '*.mdx', base: options.base });
  return {
    name: 'laoqu-editorial-pages',
    async load(context) {
      if (existsSync(resolve(fileURLToPath(context.config.root), options.base))) return pages.load(context);
      context.store.clear();
    },
  };
}
