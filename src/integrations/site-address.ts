/**
 * Says once per build when the site's public address (LAOQU_SITE) is not set, and what follows
 * from it (src/lib/site-address.ts): a build without one is fine to look at, not to publish.
 */
import type { AstroIntegration } from 'astro';
import { NO_ADDRESS_NOTE } from '../lib/site-address.ts';

export function siteAddressNote(site: string | undefined): AstroIntegration {
  return {
    name: 'laoqu:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(NO_ADDRESS_NOTE);
      },
    },
  };
}
