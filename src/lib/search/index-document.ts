import type { Element, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { readCaptures } from './capture.ts';
import { breakHan, spaceHan } from './han.ts';

/**
 * What the search index is built from: each built page rewritten so that Han characters are
 * single words (see han.ts) and Traditional text is Simplified, with what is needed to put the
 * page's own text back into the index afterwards (restore-fragment.ts).
 */
export interface IndexDocument {
  /** The page's URL path, e.g. /reports/2016-12-baoding/. */
  url: string;
  /** The HTML handed to Pagefind. */
  html: string;
  /** Indexed text in the script it was indexed in, character by character, with the page's own. */
  stream?: { indexed: string[]; original: string[] };
  /** Metadata as the page prints it (title, publisher …), to replace the indexed forms. */
  meta: Record<string, string>;
  /** data-pagefind-sort values (date). */
  sort: Record<string, string>;
  /** All text that went into the index, for the set of characters a query can match. */
  indexedText: string;
}

// Mirrors Pagefind's parser: what it never indexes, and which tags stay inside a sentence.
const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd',
  'label', 'map', 'object', 'output', 'q', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup',
  'textarea', 'time', 'tt', 'var', 'mark',
]);
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/i;

function propertyName(attribute: string): string {
  if (attribute === 'class') return 'className';
  if (!attribute.startsWith('data-')) return attribute;
  const rest = attribute.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `data${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

function readAttribute(element: Element, attribute: string): string | undefined {
  const value = element.properties[propertyName(attribute)];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function isIgnored(element: Element): boolean {
  return REMOVED.has(element.tagName) || readAttribute(element, 'data-pagefind-ignore') !== undefined;
}

/** The text Pagefind reads from an element: ignored and removed descendants left out. */
function indexableText(node: Element | Root): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && !isIgnored(child)) text += indexableText(child);
  }
  return text;
}

function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type === 'element') {
      yield child;
      yield* elements(child);
    }
  }
}

/**
 * Converts text without changing its length in characters, so each indexed character lines up
 * with the page's own; where a phrase conversion would change the length, converts character by
 * character instead.
 */
function lengthKeeping(convert: (text: string) => string): (text: string) => string {
  return (text) => {
    const whole = convert(text);
    if ([...whole].length === [...text].length) return whole;
    return [...text].map((char) => {
      const one = convert(char);
      return [...one].length === 1 ? one : char;
    }).join('');
  };
}

/**
 * Rewrites one built page for the index, or returns undefined when the page is not indexed: it
 * marks no data-pagefind-body, or it is a version of another page (its canonical link points
 * elsewhere, as the Simplified twin of a Traditional report does).
 */
export function makeIndexDocument(html: string, url: string, toSimplified: (text: string) => string): IndexDocument | undefined {
  const tree = fromHtml(html);
  const all = [...elements(tree)];
  if (!all.some((el) => readAttribute(el, 'data-pagefind-body') !== undefined)) return undefined;
  const canonical = all.find((el) => el.tagName === 'link' && readAttribute(el, 'rel') === 'canonical');
  const canonicalHref = canonical && readAttribute(canonical, 'href');
  if (canonicalHref && new URL(canonicalHref, 'https://x.invalid').pathname !== url) return undefined;

  const htmlElement = all.find((el) => el.tagName === 'html');
  const traditional = TRADITIONAL.test((htmlElement && readAttribute(htmlElement, 'lang')) ?? '');
  const convert = traditional ? lengthKeeping(toSimplified) : (text: string) => text;

  const meta: Record<string, string> = {};
  const sort: Record<string, string> = {};
  const indexed: string[] = [];
  const original: string[] = [];
  let indexedText = '';
  let afterHan = false;

  const visit = (node: Root | Element, inBody: boolean, ignored: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (!inBody || ignored) continue;
        const converted = convert(child.value);
        const broken = breakHan(converted, afterHan);
        afterHan = broken.endsWithHan;
        const from = [...child.value];
        [...converted].forEach((char, i) => {
          if (/\s/.test(char)) return;
          indexed.push(char);
          original.push(from[i] ?? char);
        });
        indexedText += converted;
        (child as Text).value = broken.text;
      } else if (child.type === 'element') {
        const element = child;
        const body = inBody || readAttribute(element, 'data-pagefind-body') !== undefined;
        const skip = ignored || isIgnored(element);
        const metaAttribute = readAttribute(element, 'data-pagefind-meta');
        if (metaAttribute !== undefined) {
          for (const [key, value] of readCaptures(metaAttribute, (name) => readAttribute(element, name), () => indexableText(element))) {
            meta[key] = value;
          }
          delete element.properties['dataPagefindMeta'];
        }
        const sortAttribute = readAttribute(element, 'data-pagefind-sort');
        if (sortAttribute !== undefined) {
          for (const [key, value] of readCaptures(sortAttribute, (name) => readAttribute(element, name), () => indexableText(element))) {
            sort[key] = value;
          }
        }
        const block = !INLINE.has(element.tagName);
        if (block) afterHan = false;
        visit(element, body, skip);
        if (block) afterHan = false;
      }
    }
  };
  // Pagefind's own fallback title, the first <h1>, read before the text is rewritten.
  const h1 = all.find((el) => el.tagName === 'h1' && indexableText(el).trim());
  const autoTitle = h1 && indexableText(h1).replace(/\s+/g, ' ').trim();
  visit(tree, false, false);

  if (meta['title'] === undefined && autoTitle) meta['title'] = autoTitle;
  // Metadata is searched too (a title match ranks first), so it is indexed in the same form as
  // the text, except that Pagefind splits metadata on spaces only; the printed values go back
  // into the results afterwards.
  const body = all.find((el) => el.tagName === 'body') ?? htmlElement;
  const metaCarriers: RootContent[] = Object.entries(meta).map(([key, value]) => {
    const converted = convert(value);
    indexedText += ` ${converted}`;
    return {
      type: 'element',
      tagName: 'span',
      properties: { dataPagefindMeta: `${key}:${spaceHan(converted)}` },
      children: [],
    };
  });
  (body ?? tree).children.push(...(metaCarriers as Element[]));

  const out: IndexDocument = {
    url,
    html: unified().use(rehypeStringify).stringify(tree),
    meta,
    sort,
    indexedText,
  };
  if (traditional) out.stream = { indexed, original };
  return out;
}
