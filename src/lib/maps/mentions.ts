/**
 * Which heritage sites a report mentions: its text contains the site's name (with or without the
 * bracketed place, 晋察冀军区司令部旧址（城南庄） → 晋察冀军区司令部旧址) or one of its aliases.
 * Pass Simplified text: names are written in Simplified.
 */

export interface NamedSite {
  id: string;
  name: string;
  aliases?: readonly string[] | undefined;
}

/** Every form of a site's name that counts as a mention. */
export function namesOf(site: NamedSite): string[] {
  const bare = site.name.replace(/（[^）]*）|\([^)]*\)/g, '').trim();
  return [...new Set([site.name, bare, ...(site.aliases ?? [])])].filter((name) => name.length >= 2);
}

/** Ids of the sites mentioned in `text`, in the order of `sites`. */
export function sitesMentioned(text: string, sites: readonly NamedSite[]): string[] {
  return sites.filter((site) => namesOf(site).some((name) => text.includes(name))).map((site) => site.id);
}
