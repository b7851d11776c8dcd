/**
 * A PDF file → page text, through Mozilla's pdf.js (pdfjs-dist), then laid out by pdf-layout.
 * Takes the file's bytes so this module never touches the file system beyond pdf.js's own
 * character maps, which Chinese fonts without embedded Unicode tables need.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { layOutPdfText, type PdfPage } from './pdf-layout.ts';

/** More pages than any report has; a bigger file is refused rather than read for minutes. */
export const MAX_PDF_PAGES = 2000;

/** A PDF the importer will not read, with the reason for the editor. */
export class PdfRefusedError extends Error {
  override name = 'PdfRefusedError';
  readonly reason: 'password' | 'pages';
  readonly pages: number;
  constructor(reason: 'password' | 'pages', pages = 0) {
    super(reason);
    this.reason = reason;
    this.pages = pages;
  }
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Extracts the text of a PDF file, one paragraph per line; rejects when the bytes are no PDF. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      if ((error as Error).name === 'PasswordException') throw new PdfRefusedError('password');
      throw error;
    });
    if (document.numPages > MAX_PDF_PAGES) throw new PdfRefusedError('pages', document.numPages);
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => ({
          text: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
        }));
      pages.push({ width, height, items });
      page.cleanup();
    }
    return layOutPdfText(pages);
  } finally {
    await task.destroy();
  }
}
