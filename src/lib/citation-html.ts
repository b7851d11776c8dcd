/**
 * Citations and embed codes as HTML, each line with its copy button: the same markup on report,
 * data, region and embed pages and under every chart. The `<cite-copy>` element
 * (src/components/cite-copy.ts) fills the slots when the page is read (the address from where it
 * is served, the reader's date) and shows the buttons; without JavaScript the text stands as built.
 */
import { escapeUTF8 as esc } from 'entities';
import { apaParts, gbt7714Parts, type CitableWork, type CitationPart } from './citation.ts';

/** Parts as HTML: text escaped, each slot a span the page fills. */
export function partsHtml(parts: readonly CitationPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? esc(part) : `<span data-slot="${part.slot}">${esc(part.text)}</span>`)).join('');
}

/** One line: what it is, the text to copy, and its copy button (hidden until the page can copy). */
export function copyLineHtml(options: { label: string; format: string; html: string; code?: boolean }): string {
  const tag = options.code ? 'code' : 'span';
  return (
    `<p class="citation-line"><span class="citation-format">${esc(options.label)}</span> ` +
    `<${tag} class="citation-text" data-format="${esc(options.format)}">${options.html}</${tag}> ` +
    `<button type="button" class="copy-button" data-copy="${esc(options.format)}" aria-label="复制${esc(options.label)}" hidden>复制</button></p>`
  );
}

/** The GB/T 7714 and APA lines of a work. */
export function citationLinesHtml(work: CitableWork): string {
  return (
    copyLineHtml({ label: 'GB/T 7714', format: 'gbt', html: partsHtml(gbt7714Parts(work)) }) +
    copyLineHtml({ label: 'APA', format: 'apa', html: partsHtml(apaParts(work)) })
  );
}

/** A citation block: its lines in a `<cite-copy>` element, with any further lines (an embed code). */
export function citeCopyHtml(work: CitableWork, more = ''): string {
  return `<cite-copy class="citation">${citationLinesHtml(work)}${more}</cite-copy>`;
}

/**
 * The code that shows a chart on another site: an iframe of its embed page, the full width of
 * the column it is put in, `height` tall; the address is completed like a citation's.
 */
export function embedCodeParts(options: { path: string; title: string; height: number }): CitationPart[] {
  return [
    '<iframe src="',
    { slot: 'url', text: options.path },
    `" title="${esc(options.title)}" width="100%" height="${options.height}" style="border:0;max-width:760px" loading="lazy"></iframe>`,
  ];
}
