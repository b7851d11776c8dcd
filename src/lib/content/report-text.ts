import type { Problem } from './problem.ts';

// ignoreBOM: a byte-order mark stays in the text, as readFileSync(…, 'utf8') kept it; the frontmatter reader skips it.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A report file's bytes as text, or why they are not text a page, a feed and the search index
 * can carry: bytes that are not UTF-8 would be published as ����, and a control character makes
 * feed.xml not well-formed (XML 1.0 allows none but tab, line feed and carriage return).
 */
export function decodeReportText(file: string, bytes: Uint8Array): { text: string; problems: [] } | { text?: undefined; problems: Problem[] } {
  let text: string;
  try {
    // Natively, in one pass; the byte-by-byte search below runs only for a file that fails.
    text = STRICT_UTF8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? 0;
    const line = lineAtByte(bytes, bad);
    const byte = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    const gbk = looksLikeGbk(bytes);
    return {
      problems: [
        {
          file,
          line,
          message:
            `文件不是 UTF-8 编码：第 ${line} 行有无法读出的字节 ${byte}${gbk ? '，看来是 GBK/GB18030 编码' : ''}` +
            ` / the file is not UTF-8: line ${line} holds the byte ${byte}, which is not UTF-8${gbk ? ' (it reads as GBK/GB18030)' : ''}`,
          fix: '用编辑器把文件另存为 UTF-8 编码，或用 npm run import 重新导入原网页 / save the file as UTF-8 in your editor, or import the page again with npm run import',
        },
      ],
    };
  }
  const problems = controlCharacters(text).map(({ line, column, char }): Problem => ({
    file,
    line,
    message: `第 ${line} 行第 ${column} 列有看不见的控制字符 ${codePoint(char)} / line ${line}, column ${column} holds the control character ${codePoint(char)}, which a feed reader cannot read`,
    fix: `删去该字符（编辑器中搜索 \\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}），或重新导入原网页 / delete it (search for \\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}), or import the page again`,
  }));
  return problems.length > 0 ? { problems } : { text, problems: [] };
}

/**
 * Characters that are never text: C0 and C1 controls but tab, line feed and carriage return,
 * and the two non-characters XML also refuses.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;
const CONTROL_ALL = new RegExp(CONTROL.source, 'gu');

/** Whether a string holds a character that is never text (see CONTROL). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** Control characters in a text, each with its 1-based line and column (one per line is enough to find them). */
export function controlCharacters(text: string): { line: number; column: number; char: string }[] {
  return positions(text, CONTROL_ALL);
}

/**
 * Characters that print nothing: zero-width spaces and joiners, the word joiner, soft hyphens,
 * byte-order marks inside the text and direction marks. Copying from a web page or Word brings
 * them along; they are kept (the page shows nothing), but a word with one inside cannot be
 * found by searching for it.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/gu;

/** Runs of invisible characters, each with its line and column, for a warning. */
export function invisibleRuns(text: string): { line: number; column: number; run: string }[] {
  // A byte-order mark at the very start is the file's, not the text's.
  const from = text.startsWith('\uFEFF') ? 1 : 0;
  return positions(text.slice(from), INVISIBLE).map(({ line, column, char }) => ({ line, column: line === 1 ? column + from : column, run: char }));
}

/** A run in words: U+200B ×5. */
export function describeRun(run: string): string {
  const chars = [...run];
  const kinds = [...new Set(chars)].map(codePoint);
  return chars.length === 1 ? kinds[0]! : `${kinds.join(' ')} ×${chars.length}`;
}

function positions(text: string, pattern: RegExp): { line: number; column: number; char: string }[] {
  const found: { line: number; column: number; char: string }[] = [];
  let lastLine = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    for (let i = scanned; i < match.index; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = match.index;
    if (line === lastLine) continue;
    lastLine = line;
    found.push({ line, column: [...text.slice(lineStart, match.index)].length + 1, char: match[0] });
  }
  return found;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629), or undefined. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i]!;
    if (first < 0x80) {
      i++;
      continue;
    }
    // Sequence length, and the range the second byte must fall in (no overlongs, no surrogates, nothing past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) length = 2;
    else if (first >= 0xe0 && first <= 0xef) {
      length = 3;
      if (first === 0xe0) low = 0xa0;
      if (first === 0xed) high = 0x9f;
    } else if (first >= 0xf0 && first <= 0xf4) {
      length = 4;
      if (first === 0xf0) low = 0x90;
      if (first === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return undefined;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Whether the bytes read as GB18030 (which includes GBK and GB2312), the usual encoding of a Chinese file that is not UTF-8. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
