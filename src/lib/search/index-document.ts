import { readCaptures } from './capture.ts';
import { breakHan, isUnaligned, spaceHan } from './han.ts';
import { escapeAttribute, escapeText, htmlTokens } from './html-tokens.ts';

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
/** Elements whose content Pagefind leaves out of the index (pinned by pagefind-contract.test.ts). */
export const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements Pagefind reads as inline: no word break at their edges (pinned by pagefind-contract.test.ts). */
export const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd',
  'label', 'map', 'object', 'output', 'q', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup',
  'textarea', 'time', 'tt', 'var', 'mark',
]);
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/i;
// The only anchors a search result uses: the paragraph a match is in (engine.ts, matchParagraph).
const PARAGRAPH_ID = /^p-\d+$/;

/** An open element, as far as the index cares. */
interface Frame {
  name: string;
  /** Inside data-pagefind-body. */
  body: boolean;
  /** This element or one around it is never indexed. */
  skipped: boolean;
  /** This element itself is never indexed (its text is left out of its ancestors' text too). */
  ignored: boolean;
  block: boolean;
  /** Its indexable text, gathered while it is open, for a capture or the fallback title. */
  text?: string;
  close?: (text: string) => void;
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
 *
 * Besides the text, three things change, none of them in what a search finds or shows:
 * - data-pagefind-meta moves into carriers at the end of the body (below);
 * - element ids are dropped, except that a paragraph's p-N id moves onto an empty span at its
 *   start: the anchor keeps its place in the text, and Pagefind no longer copies each
 *   paragraph's text into its anchor, which cost a quarter of the index's bytes and a fifth of
 *   its time;
 * - elements whose text Pagefind never reads are emptied (see `dropping`).
 */
export function makeIndexDocument(html: string, url: string, toSimplified: (text: string) => string): IndexDocument | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  let traditional = false;
  let convert = (text: string) => text;

  const out: string[] = [];
  const stack: Frame[] = [];
  // Captures in document order: a later one with the same key wins, as in Pagefind.
  const metaSlots: [string, string][][] = [];
  const sortSlots: [string, string][][] = [];
  const headings: string[] = [];
  const indexed: string[] = [];
  const original: string[] = [];
  let indexedText = '';
  let afterHan = false;
  let hasBody = false;
  let canonical: string | undefined;
  let carriersAt = -1;
  let gathering = 0;
  // The outermost open element whose text Pagefind never reads (head, nav, script, svg, an
  // ignored list …). When it closes, its content is dropped and only its empty tags stay, so
  // Pagefind still sees the element's boundary: a report page lost a fifth of what Pagefind
  // parses, a region page with its report list most of it. A filter or sort inside keeps it.
  let dropping: { frame: Frame; from: number; keep: boolean } | undefined;
  const endDropping = (endTag: string) => {
    if (!dropping || stack.includes(dropping.frame)) return;
    if (!dropping.keep) {
      out.length = dropping.from;
      out.push(endTag);
    }
    dropping = undefined;
  };

  const capture = (attribute: string, attributes: Map<string, string>, slots: [string, string][][]) => {
    const slot: [string, string][] = [];
    slots.push(slot);
    return (text: string) => slot.push(...readCaptures(attribute, (name) => attributes.get(name), () => text));
  };
  const closeFrame = (frame: Frame) => {
    if (frame.block) afterHan = false;
    if (frame.text !== undefined) {
      gathering--;
      frame.close?.(frame.text);
    }
  };

  // The script of the page's text: its <html lang>, or that of the element that holds what is
  // indexed (a Traditional report keeps the interface's zh-Hans on <html>, its own on its body).
  for (const token of htmlTokens(html)) {
    if (token.type !== 'start' || !(token.name === 'html' || token.attributes.has('data-pagefind-body'))) continue;
    if (TRADITIONAL.test(token.attributes.get('lang') ?? '')) {
      traditional = true;
      convert = lengthKeeping(toSimplified);
      break;
    }
    if (token.attributes.has('data-pagefind-body')) break;
  }

  for (const token of htmlTokens(html)) {
    if (token.type === 'text') {
      if (gathering > 0) gather(stack, token.text);
      const top = stack.at(-1);
      if (!top?.body || top.skipped) {
        out.push(token.raw);
        continue;
      }
      const converted = convert(token.text);
      const broken = breakHan(converted, afterHan);
      afterHan = broken.endsWithHan;
      if (traditional) {
        const from = [...token.text];
        [...converted].forEach((char, i) => {
          if (isUnaligned(char)) return;
          indexed.push(char);
          original.push(from[i] ?? char);
        });
      }
      indexedText += converted;
      out.push(escapeText(broken.text));
    } else if (token.type === 'start') {
      const { name, attributes } = token;
      const parent = stack.at(-1);
      const ignored = REMOVED.has(name) || attributes.has('data-pagefind-ignore');
      const frame: Frame = {
        name,
        body: (parent?.body ?? false) || attributes.has('data-pagefind-body'),
        skipped: (parent?.skipped ?? false) || ignored,
        ignored,
        block: !INLINE.has(name),
      };
      if (frame.body) hasBody = true;
      if (name === 'link' && canonical === undefined && attributes.get('rel') === 'canonical') canonical = attributes.get('href') ?? '';
      if (frame.block) afterHan = false;

      const closers: ((text: string) => void)[] = [];
      const meta = attributes.get('data-pagefind-meta');
      if (meta !== undefined) closers.push(capture(meta, attributes, metaSlots));
      const sort = attributes.get('data-pagefind-sort');
      if (sort !== undefined) closers.push(capture(sort, attributes, sortSlots));
      if (name === 'h1') {
        const at = headings.push('') - 1;
        closers.push((text) => (headings[at] = text));
      }
      if (closers.length > 0) {
        frame.text = '';
        frame.close = (text) => closers.forEach((close) => close(text));
        gathering++;
      }

      if (dropping && (attributes.has('data-pagefind-filter') || sort !== undefined)) dropping.keep = true;
      const id = attributes.get('id');
      out.push(meta === undefined && id === undefined ? token.raw : startTag(name, attributes, token.raw.endsWith('/>')));
      if (!dropping && ignored && !token.void) dropping = { frame, from: out.length, keep: false };
      if (id !== undefined && PARAGRAPH_ID.test(id) && !token.void) out.push(`<span id="${escapeAttribute(id)}"></span>`);
      if (token.void) closeFrame(frame);
      else stack.push(frame);
    } else if (token.type === 'end') {
      let open = stack.length - 1;
      while (open >= 0 && stack[open]!.name !== token.name) open--;
      if (open >= 0) {
        while (stack.length > open) closeFrame(stack.pop()!);
        if (token.name === 'body' && carriersAt < 0) carriersAt = out.push('') - 1;
      }
      out.push(token.raw);
      endDropping(token.raw);
    } else {
      out.push(token.raw);
    }
  }
  while (stack.length > 0) closeFrame(stack.pop()!);
  endDropping('');

  if (!hasBody) return undefined;
  if (canonical && new URL(canonical, 'https://x.invalid').pathname !== url) return undefined;

  const meta: Record<string, string> = Object.fromEntries(metaSlots.flat());
  const sort: Record<string, string> = Object.fromEntries(sortSlots.flat());
  // Pagefind's own fallback title: the first <h1> with text, as the page prints it.
  const heading = headings.find((text) => text.trim());
  if (meta['title'] === undefined && heading) meta['title'] = heading.replace(/\s+/g, ' ').trim();
  // Metadata is searched too (a title match ranks first), so it is indexed in the same form as
  // the text, except that Pagefind splits metadata on spaces only; the printed values go back
  // into the results afterwards.
  const carriers = Object.entries(meta).map(([key, value]) => {
    const converted = convert(value);
    indexedText += ` ${converted}`;
    return `<span data-pagefind-meta="${escapeAttribute(`${key}:${spaceHan(converted)}`)}"></span>`;
  });
  if (carriersAt >= 0) out[carriersAt] = carriers.join('');
  else out.push(carriers.join(''));

  const document: IndexDocument = { url, html: out.join(''), meta, sort, indexedText };
  if (traditional) document.stream = { indexed, original };
  return document;
}

/** Adds text to every open element gathering its own, unless an ignored element lies between. */
function gather(stack: Frame[], text: string) {
  let blocked = false;
  for (let i = stack.length - 1; i >= 0; i--) {
    const frame = stack[i]!;
    if (frame.text !== undefined && !blocked) frame.text += text;
    if (frame.ignored) blocked = true;
  }
}

/** A start tag without data-pagefind-meta (it moves to a carrier) or id (see makeIndexDocument). */
function startTag(name: string, attributes: Map<string, string>, selfClosing: boolean): string {
  let tag = `<${name}`;
  for (const [attribute, value] of attributes) {
    if (attribute === 'data-pagefind-meta' || attribute === 'id') continue;
    tag += value === '' ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`;
  }
  return `${tag}${selfClosing ? ' />' : '>'}`;
}
