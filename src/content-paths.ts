/**
 * Where content and data are read from. The defaults are the project's own folders; tests and
 * the benchmark point these at generated corpora without touching the real content.
 */
export const contentPaths = {
  reports: process.env['LAOQU_REPORTS'] ?? 'content/reports',
  data: process.env['LAOQU_DATA'] ?? 'data',
};
