/**
 * Bytes → text for copied and saved pages. UTF-8 and UTF-16 are known by their byte order mark
 * or by decoding cleanly; a page's own <meta charset> is believed when its bytes agree; else the
 * Chinese legacy encodings are told apart by chardet's statistics of each (Big5 bytes decode
 * "cleanly" as GB18030 too, into nonsense, so decoding alone cannot tell).
 */
import chardet from 'chardet';

/** Text decoded from bytes, and the encoding it was read in (a WHATWG label). */
export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when the statistics hardly told the encodings apart (a short text): the editor must look. */
  uncertain?: true;
}

const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];
// chardet's names for the encodings a Chinese page may be in, and the decoder for each, in the
// order that settles a tie: a mainland page is GB18030 unless the bytes say otherwise.
const LEGACY_ENCODINGS: ReadonlyArray<readonly [name: string, encoding: string]> = [
  ['GB18030', 'gb18030'], ['Big5', 'big5'], ['UTF-16LE', 'utf-16le'], ['UTF-16BE', 'utf-16be'],
];
const PRESCAN_BYTES = 4096;
// chardet reads this much; more says nothing new and costs time on a 15 MB page.
const SAMPLE_BYTES = 256 * 1024;
const CONFIDENT = 50;
const CLEAR_MARGIN = 10;

function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // ignoreBOM: the mark, if any, is stripped below so a decoded text never starts with U+FEFF.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The encoding a saved page declares in its first bytes (<meta charset="gb2312">), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const match = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/iu.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file's bytes, or returns undefined when no encoding reads them whole.
 * @param declared an encoding the file names itself (an HTML page's meta charset)
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText | undefined {
  const mark = BYTE_ORDER_MARKS.find(({ bytes: bom }) => bom.every((byte, i) => bytes[i] === byte));
  if (mark !== undefined) {
    const text = decodeStrictly(bytes, mark.encoding);
    return text === undefined ? undefined : { text, encoding: mark.encoding };
  }
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  if (declared !== undefined) {
    const text = decodeStrictly(bytes, declared);
    if (text !== undefined) return { text, encoding: declared };
  }
  const confidence = new Map<string, number>(chardet.analyse(bytes.subarray(0, SAMPLE_BYTES)).map((match) => [match.name, match.confidence]));
  const readings = LEGACY_ENCODINGS.flatMap(([name, encoding]) => {
    const text = decodeStrictly(bytes, encoding);
    return text === undefined ? [] : [{ text, encoding, confidence: confidence.get(name) ?? 0 }];
  }).sort((a, b) => b.confidence - a.confidence);
  const [best, next] = readings;
  if (best === undefined) return undefined;
  const clear = best.confidence >= CONFIDENT && (next === undefined || best.confidence - next.confidence >= CLEAR_MARGIN);
  return clear ? { text: best.text, encoding: best.encoding } : { text: best.text, encoding: best.encoding, uncertain: true };
}
