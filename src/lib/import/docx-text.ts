/**
 * A Word file (.docx) → plain text, one paragraph per line, through mammoth. A .docx is a zip:
 * before mammoth unpacks anything, the parts it reads are measured (yauzl reads the zip's own
 * directory without unpacking), so a small file that would expand to hundreds of megabytes is
 * refused, not read until memory runs out. Takes bytes so this module never touches the disk.
 */
import mammoth from 'mammoth';
import { fromBufferPromise, type Entry } from 'yauzl';

/** Far above any report: a 500-page Word report's text is some 10 MB of XML. */
export const DOCX_LIMITS = { entries: 10_000, partBytes: 64 * 2 ** 20, totalBytes: 128 * 2 ** 20 } as const;

/**
 * A Word file the importer will not unpack: a part bigger than the limit, too many parts, or a
 * part bigger than the file itself declares (a damaged or forged file).
 */
export class WordFileRefusedError extends Error {
  override name = 'WordFileRefusedError';
  readonly reason: 'part-too-big' | 'too-many-parts' | 'size-mismatch';
  /** The part concerned (word/document.xml), or '' for the whole file. */
  readonly part: string;
  /** The part's size unpacked in bytes, or the number of parts. */
  readonly size: number;
  readonly limit: number;
  constructor(reason: WordFileRefusedError['reason'], part: string, size: number, limit: number) {
    super(`${reason} ${part}: ${size} > ${limit}`);
    this.reason = reason;
    this.part = part;
    this.size = size;
    this.limit = limit;
  }
}

// The parts mammoth reads for the text: the document, its styles, notes and relationships.
// Pictures and other media are never unpacked for the text.
const TEXT_PART = /\.(?:xml|rels)$/iu;

/**
 * Measures the text parts of a .docx before anything unpacks them: first by the sizes the zip
 * declares, then by unpacking each part and counting, since a file's own sizes may lie (yauzl
 * stops a part the moment it passes its declared size).
 */
export async function checkWordFileSize(bytes: Uint8Array): Promise<void> {
  const zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: true,
  });
  try {
    const parts: Entry[] = [];
    let total = 0;
    let count = 0;
    for await (const entry of zip.eachEntry()) {
      count += 1;
      if (count > DOCX_LIMITS.entries) throw new WordFileRefusedError('too-many-parts', '', count, DOCX_LIMITS.entries);
      if (!TEXT_PART.test(entry.fileName)) continue;
      if (entry.uncompressedSize > DOCX_LIMITS.partBytes) {
        throw new WordFileRefusedError('part-too-big', entry.fileName, entry.uncompressedSize, DOCX_LIMITS.partBytes);
      }
      total += entry.uncompressedSize;
      if (total > DOCX_LIMITS.totalBytes) throw new WordFileRefusedError('part-too-big', entry.fileName, total, DOCX_LIMITS.totalBytes);
      parts.push(entry);
    }
    for (const entry of parts) {
      const stream = await zip.openReadStreamPromise(entry);
      try {
        // Counting only: each chunk is dropped as soon as it is read.
        for await (const chunk of stream) void chunk;
      } catch {
        throw new WordFileRefusedError('size-mismatch', entry.fileName, entry.uncompressedSize, entry.uncompressedSize);
      }
    }
  } finally {
    zip.close();
  }
}

/** Extracts the paragraphs of a .docx file; rejects when the bytes are no Word document or too big. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  await checkWordFileSize(bytes);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // mammoth ends every paragraph with a blank line; one line per paragraph is what a copied page gives.
  return value.replace(/\n{2,}/gu, '\n\n').trim();
}
