/**
 * A saved web page (.html) → the text a reader would have copied from it: one line per block,
 * image file names kept on their own line (so the caption under them is recognised), scripts,
 * styles and the document head dropped. Regular expressions suffice: the result goes through
 * the same plain-text importer, which never trusts markup.
 */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', copy: '©',
  ensp: ' ', emsp: '\u3000', times: '×', divide: '÷', deg: '°', yen: '¥',
};

/** Decodes character references (&amp;, &#20013;, &#x4e2d;); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = 'p|div|br|h[1-6]|li|tr|td|th|section|article|header|footer|blockquote|dd|dt|table|ul|ol|figure|figcaption|hr';

/** Extracts the readable text of an HTML page, one block per line. */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<head[\s>][\s\S]*?<\/head>/giu, '')
    .replace(/<(script|style|noscript|template|svg)[\s>][\s\S]*?<\/\1>/giu, '');
  const withImages = withoutHidden.replace(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)[^>]*>/giu, (_tag, src: string) => {
    const fileName = decodeURIComponent(src.split(/[?#]/u)[0]?.split('/').pop() ?? '');
    return fileName === '' ? '' : `\n${fileName}\n`;
  });
  const blocks = withImages
    .replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'giu'), '\n')
    .replace(/<[^>]+>/gu, '');
  return decodeEntities(blocks)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/gu, ' ').trimEnd())
    .filter((line, i, lines) => line.trim() !== '' || (lines[i - 1]?.trim() ?? '') !== '')
    .join('\n')
    .trim();
}
