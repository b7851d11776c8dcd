import { decodeHTML, decodeHTMLAttribute } from 'entities';

/**
 * A single pass over HTML as this site's build writes it: tags, text and everything else, each
 * with the exact source it came from, so a rewrite can copy what it does not change. It is not
 * a full HTML parser (no implied end tags, no foster parenting): the search index reads only
 * pages our own build serialised, where every element is closed, and parsing them into a tree
 * and back cost 8.5 ms a page, a quarter of the time the index took. htmlparser2, which also
 * keeps source positions, gave the same tokens on the seed site's 262 pages but took 0.40 ms a
 * page to this pass's 0.36 (medians of 7 runs, Node 24, December 2026), and splits a run of
 * text in several events: not worth a dependency.
 */
export type HtmlToken =
  | { type: 'text'; raw: string; text: string }
  | { type: 'start'; raw: string; name: string; attributes: Map<string, string>; void: boolean }
  | { type: 'end'; raw: string; name: string }
  /** Comments, the doctype, and the content of script, style and noscript. */
  | { type: 'other'; raw: string };

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Content read as text up to the closing tag: never markup. noscript counts as one because
// browsers (and parse5) parse it so when scripting is on.
const RAW_TEXT = new Set(['script', 'style', 'noscript']);
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);
const TAG_NAME = /^[A-Za-z][^\s/>]*/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function* htmlTokens(html: string): Generator<HtmlToken> {
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      yield text(html.slice(at));
      return;
    }
    const name = TAG_NAME.exec(html.slice(open + 1, open + 64))?.[0];
    const closing = html[open + 1] === '/' && TAG_NAME.test(html.slice(open + 2, open + 3));
    const markup = html[open + 1] === '!' || html[open + 1] === '?';
    if (!name && !closing && !markup) {
      // A lone '<' in text.
      const next = html.indexOf('<', open + 1);
      yield text(html.slice(at, next < 0 ? html.length : next));
      at = next < 0 ? html.length : next;
      continue;
    }
    if (open > at) yield text(html.slice(at, open));
    if (markup) {
      const end = html.startsWith('<!--', open) ? endOf(html, '-->', open + 4) : endOf(html, '>', open);
      yield { type: 'other', raw: html.slice(open, end) };
      at = end;
    } else if (closing) {
      const end = endOf(html, '>', open);
      const raw = html.slice(open, end);
      yield { type: 'end', raw, name: TAG_NAME.exec(raw.slice(2))![0].toLowerCase() };
      at = end;
    } else {
      const end = tagEnd(html, open + 1 + name!.length);
      const raw = html.slice(open, end);
      const tag = name!.toLowerCase();
      yield { type: 'start', raw, name: tag, attributes: attributes(raw.slice(1 + name!.length, raw.endsWith('/>') ? -2 : -1)), void: VOID.has(tag) || raw.endsWith('/>') };
      at = end;
      if (RAW_TEXT.has(tag) || ESCAPABLE_RAW_TEXT.has(tag)) {
        const close = new RegExp(`</${tag}`, 'gi');
        close.lastIndex = at;
        const contentEnd = close.exec(html)?.index ?? html.length;
        const content = html.slice(at, contentEnd);
        if (content) yield RAW_TEXT.has(tag) ? { type: 'other', raw: content } : text(content);
        at = contentEnd;
      }
    }
  }
}

function text(raw: string): HtmlToken {
  return { type: 'text', raw, text: raw.includes('&') ? decodeHTML(raw) : raw };
}

function endOf(html: string, marker: string, from: number): number {
  const found = html.indexOf(marker, from);
  return found < 0 ? html.length : found + marker.length;
}

/** The index just past a start tag's '>', stepping over quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return html.length;
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (found.has(name)) continue; // the first of a repeated attribute wins, as in browsers
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    found.set(name, value.includes('&') ? decodeHTMLAttribute(value) : value);
  }
  return found;
}

/**
 * Escapes text for HTML output: the characters that could start markup or a reference. Not
 * entities' escapeText, which also writes U+00A0 as &nbsp;: the index document must hold the
 * page's characters one for one (restore-fragment.ts maps them back).
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&"]/g, (char) => (char === '&' ? '&amp;' : '&quot;'));
}
