import { readCaptures } from './capture.ts';
import { breakHan, isUnaligned, spaceHan } from './han.ts';
import { escapeAttribute, escapeText, htmlTokens, type HtmlToken } from './html-tokens.ts';

/**
 * What the search index is built from: each built page rewritten so that Han characters are
 * single words (see han.ts) and Traditional text is Simplified, with what is needed to put the
 * page's own text back into the index afterwards (restore-fragment.ts).
 *
 * Pagefind's own addCustomRecord (plain text with meta, filters and sort) was weighed against
 * this rewrite and is not enough: a record has no anchors, and a result links to the paragraph
 * its match is in (#p-N, engine.ts), which only the ids of an HTML page give; the page's title,
 * filters and sort would also have to be read out of the HTML by a second parser of ours.
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
  const writer = new IndexWriter(toSimplified);
  for (const token of htmlTokens(html)) {
    if (token.type === 'text') writer.text(token);
    else if (token.type === 'start') writer.start(token);
    else if (token.type === 'end') writer.end(token);
    else writer.out.push(token.raw);
  }
  return writer.finish(url);
}

/** One page's rewrite in progress: what has been written, what is open, what was captured. */
class IndexWriter {
  readonly out: string[] = [];
  private readonly stack: Frame[] = [];
  // Captures in document order: a later one with the same key wins, as in Pagefind.
  private readonly metaSlots: [string, string][][] = [];
  private readonly sortSlots: [string, string][][] = [];
  private readonly headings: string[] = [];
  private readonly indexed: string[] = [];
  private readonly original: string[] = [];
  private indexedText = '';
  private traditional = false;
  private convert = (text: string) => text;
  private afterHan = false;
  private hasBody = false;
  private canonical: string | undefined;
  private carriersAt = -1;
  private gathering = 0;
  // The outermost open element whose text Pagefind never reads (head, nav, script, svg, an
  // ignored list …). When it closes, its content is dropped and only its empty tags stay, so
  // Pagefind still sees the element's boundary: a report page lost a fifth of what Pagefind
  // parses, a region page with its report list most of it. A filter or sort inside keeps it.
  private dropping: { frame: Frame; from: number; keep: boolean } | undefined;

  private readonly toSimplified: (text: string) => string;

  constructor(toSimplified: (text: string) => string) {
    this.toSimplified = toSimplified;
  }

  text(token: Extract<HtmlToken, { type: 'text' }>): void {
    if (this.gathering > 0) gather(this.stack, token.text);
    const top = this.stack.at(-1);
    if (!top?.body || top.skipped) {
      this.out.push(token.raw);
      return;
    }
    const converted = this.convert(token.text);
    const broken = breakHan(converted, this.afterHan);
    this.afterHan = broken.endsWithHan;
    if (this.traditional) {
      const from = [...token.text];
      [...converted].forEach((char, i) => {
        if (isUnaligned(char)) return;
        this.indexed.push(char);
        this.original.push(from[i] ?? char);
      });
    }
    this.indexedText += converted;
    this.out.push(escapeText(broken.text));
  }

  start(token: Extract<HtmlToken, { type: 'start' }>): void {
    const { name, attributes } = token;
    const parent = this.stack.at(-1);
    const ignored = REMOVED.has(name) || attributes.has('data-pagefind-ignore');
    const frame: Frame = {
      name,
      body: (parent?.body ?? false) || attributes.has('data-pagefind-body'),
      skipped: (parent?.skipped ?? false) || ignored,
      ignored,
      block: !INLINE.has(name),
    };
    if (frame.body) this.hasBody = true;
    // The script of the indexed text: the <html lang>, or that of the element holding what is
    // indexed (a Traditional report keeps the interface's zh-Hans on <html>). Both open before
    // any indexed text; captured metadata is converted at the end.
    if (((name === 'html' && !parent) || attributes.has('data-pagefind-body')) && !this.traditional && TRADITIONAL.test(attributes.get('lang') ?? '')) {
      this.traditional = true;
      this.convert = lengthKeeping(this.toSimplified);
    }
    if (name === 'link' && this.canonical === undefined && attributes.get('rel') === 'canonical') this.canonical = attributes.get('href') ?? '';
    if (frame.block) this.afterHan = false;

    const meta = attributes.get('data-pagefind-meta');
    const sort = attributes.get('data-pagefind-sort');
    this.gatherFor(frame, token, meta, sort);

    if (this.dropping && (attributes.has('data-pagefind-filter') || sort !== undefined)) this.dropping.keep = true;
    const id = attributes.get('id');
    this.out.push(meta === undefined && id === undefined ? token.raw : startTag(name, attributes, token.raw.endsWith('/>')));
    if (!this.dropping && ignored && !token.void) this.dropping = { frame, from: this.out.length, keep: false };
    if (id !== undefined && PARAGRAPH_ID.test(id) && !token.void) this.out.push(`<span id="${escapeAttribute(id)}"></span>`);
    if (token.void) this.closeFrame(frame);
    else this.stack.push(frame);
  }

  /** Makes the frame gather its text when a capture or the fallback title needs it. */
  private gatherFor(frame: Frame, token: Extract<HtmlToken, { type: 'start' }>, meta: string | undefined, sort: string | undefined): void {
    const closers: ((text: string) => void)[] = [];
    if (meta !== undefined) closers.push(this.capture(meta, token.attributes, this.metaSlots));
    if (sort !== undefined) closers.push(this.capture(sort, token.attributes, this.sortSlots));
    if (token.name === 'h1') {
      const at = this.headings.push('') - 1;
      closers.push((text) => (this.headings[at] = text));
    }
    if (closers.length === 0) return;
    frame.text = '';
    frame.close = (text) => closers.forEach((close) => close(text));
    this.gathering++;
  }

  end(token: Extract<HtmlToken, { type: 'end' }>): void {
    let open = this.stack.length - 1;
    while (open >= 0 && this.stack[open]!.name !== token.name) open--;
    if (open >= 0) {
      while (this.stack.length > open) this.closeFrame(this.stack.pop()!);
      if (token.name === 'body' && this.carriersAt < 0) this.carriersAt = this.out.push('') - 1;
    }
    this.out.push(token.raw);
    this.endDropping(token.raw);
  }

  finish(url: string): IndexDocument | undefined {
    while (this.stack.length > 0) this.closeFrame(this.stack.pop()!);
    this.endDropping('');
    if (!this.hasBody) return undefined;
    if (this.canonical && new URL(this.canonical, 'https://x.invalid').pathname !== url) return undefined;

    const meta: Record<string, string> = Object.fromEntries(this.metaSlots.flat());
    const sort: Record<string, string> = Object.fromEntries(this.sortSlots.flat());
    // Pagefind's own fallback title: the first <h1> with text, as the page prints it.
    const heading = this.headings.find((text) => text.trim());
    if (meta['title'] === undefined && heading) meta['title'] = heading.replace(/\s+/g, ' ').trim();
    // Metadata is searched too (a title match ranks first), so it is indexed in the same form as
    // the text, except that Pagefind splits metadata on spaces only; the printed values go back
    // into the results afterwards.
    const carriers = Object.entries(meta).map(([key, value]) => {
      const converted = this.convert(value);
      this.indexedText += ` ${converted}`;
      return `<span data-pagefind-meta="${escapeAttribute(`${key}:${spaceHan(converted)}`)}"></span>`;
    });
    if (this.carriersAt >= 0) this.out[this.carriersAt] = carriers.join('');
    else this.out.push(carriers.join(''));

    const document: IndexDocument = { url, html: this.out.join(''), meta, sort, indexedText: this.indexedText };
    if (this.traditional) document.stream = { indexed: this.indexed, original: this.original };
    return document;
  }

  private capture(attribute: string, attributes: Map<string, string>, slots: [string, string][][]) {
    const slot: [string, string][] = [];
    slots.push(slot);
    return (text: string) => slot.push(...readCaptures(attribute, (name) => attributes.get(name), () => text));
  }

  private closeFrame(frame: Frame): void {
    if (frame.block) this.afterHan = false;
    if (frame.text !== undefined) {
      this.gathering--;
      frame.close?.(frame.text);
    }
  }

  private endDropping(endTag: string): void {
    if (!this.dropping || this.stack.includes(this.dropping.frame)) return;
    if (!this.dropping.keep) {
      this.out.length = this.dropping.from;
      this.out.push(endTag);
    }
    this.dropping = undefined;
  }
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
