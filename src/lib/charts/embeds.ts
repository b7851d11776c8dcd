/**
 * Charts a report draws from its own figures (`::chart{figures=…}`) have no entry in
 * data/charts.json, yet each gets an embed page like the rest: these read them back out of the
 * report's rendered HTML, where chartFigureHtml wrote them (one `<chart-figure>` each, never nested).
 */

const CHART_OPENING = /<chart-figure\b[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Ids of the charts in the HTML whose embed page is their own (/embed/<their id>/), in order. */
export function ownEmbedIds(html: string): string[] {
  const ids: string[] = [];
  for (const [tag] of html.matchAll(CHART_OPENING)) {
    const id = attribute(tag, 'data-chart');
    if (id && attribute(tag, 'data-embed') === `/embed/${id}/`) ids.push(id);
  }
  return ids;
}

/** The whole `<chart-figure>` element of chart `id`, as the report page shows it. */
export function chartElementHtml(html: string, id: string): string | undefined {
  for (const match of html.matchAll(CHART_OPENING)) {
    if (attribute(match[0], 'data-chart') !== id) continue;
    const end = html.indexOf('</chart-figure>', match.index);
    return end < 0 ? undefined : html.slice(match.index, end + '</chart-figure>'.length);
  }
  return undefined;
}
