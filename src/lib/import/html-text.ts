/**
 * A saved web page (.html) → the text a reader would have copied from it: one line per block,
 * image file names kept on their own line (so the caption under them is recognised), scripts,
 * styles, forms and hidden parts dropped. parse5 parses as browsers do, in time linear in the
 * page even where tags are never closed; the tree is walked with a stack of our own, so a page
 * nested a hundred thousand deep cannot overflow the call stack.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** What a saved page holds for the importer. */
export interface HtmlText {
  /** The page's visible text, one block per line. */
  text: string;
  /** The page's own title (<title>), when it has one. */
  documentTitle?: string;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th',
  'tr', 'ul', 'center',
]);
// Never shown as text, or shown as a control rather than the report's words.
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
  'select', 'option', 'button', 'input', 'textarea', 'map',
]);
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;
// Collapsible white space, as HTML defines it: no-break and ideographic spaces are kept, since
// they are the indents a copied paragraph shows.
const HTML_SPACE = /[ \t\n\r\f]+/gu;

const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value;

/**
 * Decodes a percent-encoded path as UTF-8, else in the page's own encoding (a GBK page writes
 * its Chinese file names in GBK bytes); a path neither reads is kept as written.
 */
export function decodePercentEncoded(path: string, pageEncoding: string): string {
  if (!path.includes('%')) return path;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < path.length; ) {
    const hex = /^%([0-9a-f]{2})/iu.exec(path.slice(i, i + 3))?.[1];
    if (hex !== undefined) {
      bytes.push(Number.parseInt(hex, 16));
      i += 3;
    } else {
      const char = String.fromCodePoint(path.codePointAt(i) ?? 0);
      bytes.push(...encoder.encode(char));
      i += char.length;
    }
  }
  // The page's own encoding first: GBK bytes are often valid UTF-8 too (图片 %CD%BC%C6%AC reads ͼƬ).
  for (const encoding of new Set([pageEncoding, 'utf-8', 'gb18030'])) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      // Not this encoding: try the next.
    }
  }
  return path;
}

/** The line an image leaves: its file name, so the caption under it is recognised. */
function imageLine(element: Element, pageEncoding: string): string {
  const src = attribute(element, 'src')?.trim() ?? '';
  // An inline image (data:image/png;base64,… of any size) has no file name: only its kind is read.
  const inline = /^data:image\/([a-z0-9.+-]{1,20})/iu.exec(src.slice(0, 40));
  if (inline) return `inline-image.${inline[1]?.toLowerCase() ?? 'png'}`;
  if (src.startsWith('data:')) return '';
  const fileName = src.split(/[?#]/u)[0]?.split('/').pop() ?? '';
  return decodePercentEncoded(fileName, pageEncoding);
}

/** The text of the <title> among a head's children. */
function titleOf(head: Element): string | undefined {
  const title = head.childNodes.find((child) => child.nodeName === 'title');
  if (title === undefined || !('childNodes' in title)) return undefined;
  const text = title.childNodes.map((child) => ('value' in child ? child.value : '')).join('').replace(HTML_SPACE, ' ').trim();
  return text === '' ? undefined : text;
}

function isHidden(element: Element): boolean {
  return attribute(element, 'hidden') !== undefined || HIDDEN_STYLE.test(attribute(element, 'style') ?? '');
}

/** Extracts the readable text of an HTML page, one block per line. */
export function htmlToText(html: string, pageEncoding = 'utf-8'): HtmlText {
  const document = parse(html);
  const parts: string[] = [];
  let documentTitle: string | undefined;
  // Depth-first, children in order; a string marks where a block ends.
  const stack: (Node | '\n')[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeName === '#text' && 'value' in node) {
      parts.push(node.value.replace(HTML_SPACE, ' '));
      continue;
    }
    if (!('childNodes' in node)) continue;
    if ('tagName' in node) {
      const element = node as Element;
      if (element.tagName === 'head') documentTitle ??= titleOf(element);
      if (SKIPPED.has(element.tagName) || isHidden(element)) continue;
      if (element.tagName === 'img') {
        const line = imageLine(element, pageEncoding);
        if (line !== '') parts.push(`\n${line}\n`);
        continue;
      }
      if (element.tagName === 'br') parts.push('\n');
      else if (BLOCK.has(element.tagName)) {
        parts.push('\n');
        stack.push('\n');
      }
    }
    const children = 'content' in node && node.nodeName === 'template' ? [] : node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/gu, ''))
    .filter((line, i, lines) => line.trim() !== '' || (lines[i - 1]?.trim() ?? '') !== '')
    .join('\n')
    .replace(/^\n+|\n+$/gu, '');
  return documentTitle ? { text, documentTitle } : { text };
}
