/**
 * RFC 4180 CSV. Written with a UTF-8 byte-order mark and CRLF line ends, because Excel on Chinese
 * Windows reads a BOM-less UTF-8 file as GBK and turns every Chinese name into mojibake.
 */
export type CsvValue = string | number | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
 * first) gets a leading apostrophe, OWASP's rule for CSV injection: a quote or a name copied
 * from a web page must never execute in a journalist's Excel. Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
