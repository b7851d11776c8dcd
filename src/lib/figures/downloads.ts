/**
 * Where the figures are published for download. Public addresses that journalists' links and
 * scripts rely on (DESIGN.md): named once, for the pages that link them and the tests that read them.
 */
export const DATA_SECTION = '/data/';
export const FIGURES_CSV = `${DATA_SECTION}figures.csv`;
export const FIGURES_JSON = `${DATA_SECTION}figures.json`;

/** The CSV of one indicator's figures, same columns as FIGURES_CSV. */
export function indicatorCsv(indicator: string): string {
  return `${DATA_SECTION}${indicator}.csv`;
}
