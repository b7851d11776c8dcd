/** What a page is, for the search facets (the reader's words, shown as they are). */
export type SearchType = '报告' | '数据' | '地区' | '遗址';

/** The facts a page gives the search index: facets, sort key and the publisher a result shows. */
export interface SearchFacts {
  type: SearchType;
  /** The publishing body as printed. */
  publisher?: string | undefined;
  /** Prefecture and county names the page is about (see regionFacetNames). */
  regions?: readonly string[] | undefined;
  /** YYYY-MM-DD or YYYY-MM; also gives the year facet and the date sort. */
  date?: string | undefined;
  /** The year facet, when there is no date. */
  year?: string | number | undefined;
}

/**
 * data-pagefind-* attributes for one element, carrying every facet of a page. Values sit in
 * data-sf-* attributes that Pagefind reads through its `key[attribute]` capture, because an
 * inline `key:value` can appear only once per attribute and a page has several regions.
 */
export function searchAttributes(facts: SearchFacts): Record<string, string> {
  const attributes: Record<string, string> = {};
  const filters: string[] = [];
  const meta: string[] = [];
  const add = (name: string, value: string, into: string[], key = name) => {
    attributes[`data-sf-${name}`] = value;
    into.push(`${key}[data-sf-${name}]`);
  };
  // Metadata is searchable in Pagefind, so only the publisher goes there: a query for 报告 or 2020
  // should find pages that say so, not every report or every page dated that year. The search
  // page shows type and date from its own data.
  add('type', facts.type, filters);
  if (facts.publisher) {
    add('publisher', facts.publisher, filters);
    meta.push('publisher[data-sf-publisher]');
  }
  [...new Set(facts.regions ?? [])].forEach((name, i) => add(`region-${i}`, name, filters, 'region'));
  const year = facts.year ?? facts.date?.slice(0, 4);
  if (year !== undefined) add('year', String(year), filters);
  if (facts.date) {
    attributes['data-sf-date'] = facts.date;
    attributes['data-pagefind-sort'] = 'date[data-sf-date]';
  }
  attributes['data-pagefind-filter'] = filters.join(', ');
  if (meta.length > 0) attributes['data-pagefind-meta'] = meta.join(', ');
  return attributes;
}

/**
 * The region facet values for a set of GB/T 2260 codes: each prefecture, and each county with
 * its prefecture, so that choosing 保定市 also finds a report filed under 阜平县. Provinces are
 * left out (every report names one, so they would not narrow anything); unknown codes too.
 */
export function regionFacetNames(codes: readonly string[], nameOf: (code: string) => string): string[] {
  const names: string[] = [];
  const add = (code: string) => {
    const name = nameOf(code);
    if (name && name !== code && !names.includes(name)) names.push(name);
  };
  for (const code of codes) {
    if (!/^\d{6}$/.test(code) || code.endsWith('0000')) continue;
    if (code.endsWith('00')) add(code);
    else {
      add(`${code.slice(0, 4)}00`);
      add(code);
    }
  }
  return names;
}
