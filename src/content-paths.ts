import { dirname, join } from 'node:path';

const reports = process.env['LAOQU_REPORTS'] ?? 'content/reports';

/**
 * Where content and data are read from. The defaults are the project's own folders; tests and
 * the benchmark point these at other content (the test site in tests/fixture/, generated
 * corpora) without touching the real content.
 */
export const contentPaths = {
  reports,
  /**
   * The editors' MDX pages (/about/, /methods/ …): beside the reports unless LAOQU_PAGES names
   * another folder, so content pointed elsewhere (the test site) brings its own pages.
   */
  pages: process.env['LAOQU_PAGES'] ?? join(dirname(reports), 'pages'),
  data: process.env['LAOQU_DATA'] ?? 'data',
  /**
   * The national list of regions and the county shapes (data/geo/README.md): generated reference
   * data, not content, so a site with data of its own still reads the project's copy unless
   * LAOQU_GEO names another.
   */
  geo: process.env['LAOQU_GEO'] ?? 'data/geo',
};
