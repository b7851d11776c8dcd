/**
 * Input bytes → page text, by file type: a copied page (.txt), a saved page (.html), a Word file
 * (.docx) or a PDF. Text in another encoding than UTF-8 is read as what it is (GB18030, Big5,
 * UTF-16) and the editor is told. Anything else is refused with a message, never guessed.
 */
import { decodeText, declaredCharset } from './decode-text.ts';
import type { WordFileRefusedError } from './docx-text.ts';
import { htmlToText } from './html-text.ts';

// pdf.js and mammoth take half a second to load: only when a PDF or a Word file is read.
const loadPdf = () => import('./pdf-text.ts');
const loadWord = () => import('./docx-text.ts');

/** A file the importer cannot read; the message is for the editor, Chinese first. */
export class UnreadableInputError extends Error {
  override name = 'UnreadableInputError';
}

/** Larger than any report page or file; checked before a file is read. */
export const MAX_INPUT_BYTES = 100 * 2 ** 20;

/** The text of an input file and anything the editor should know about how it was read. */
export interface InputText {
  text: string;
  notes: { zh: string; en: string }[];
  /** What a saved page says about itself besides its text: its <title>, which names the report and the site. */
  hints: { documentTitle?: string };
  /** Whether the text's line numbers are the file's own (a .txt the editor can open at that line). */
  sameLines: boolean;
}

const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'gb18030': 'GB18030(简体中文 Windows 的编码)', 'gbk': 'GBK(简体中文 Windows 的编码)', 'big5': 'Big5(繁体中文的编码)',
  'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16',
};

const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

function refuse(zh: string, en: string): never {
  throw new UnreadableInputError(`${zh}\n${en}`);
}

function decode(bytes: Uint8Array, fileName: string, declared?: string): { text: string; encoding: string; notes: InputText['notes'] } {
  const decoded = decodeText(bytes, declared);
  if (decoded === undefined) {
    refuse(
      `${fileName}:无法识别文字编码(不是 UTF-8、UTF-16、GB18030 或 Big5)。请用记事本打开后“另存为”UTF-8 编码再导入。`,
      `${fileName}: unknown text encoding (not UTF-8, UTF-16, GB18030 or Big5). Open it in Notepad, save it as UTF-8 and import it again.`,
    );
  }
  const { text, encoding, uncertain } = decoded;
  const notes = encoding === 'utf-8'
    ? []
    : [{
        zh: `${fileName} 不是 UTF-8,已按 ${ENCODING_NAMES[encoding] ?? encoding} 读取${uncertain ? '(文字太少,编码难以确定)' : ''},请核对文字有无乱码${uncertain ? ';若是乱码,请用记事本另存为 UTF-8 后重新导入' : ''}。`,
        en: `${fileName} is not UTF-8; it was read as ${encoding}${uncertain ? ' (too little text to be sure of the encoding)' : ''}: check the text for garbled characters${uncertain ? '; if it is garbled, save the file as UTF-8 in Notepad and import it again' : ''}.`,
      }];
  return { text: text.replace(/^\ufeff/u, ''), encoding, notes };
}

function refuseWordFile(fileName: string, error: WordFileRefusedError): never {
  const advice = {
    zh: '请在 Word 中打开,另存为新文件后再导入,或把报告文字复制到 .txt 文件后导入。',
    en: 'Open it in Word and save it as a new file, or copy the report\'s text into a .txt file and import that.',
  };
  if (error.reason === 'too-many-parts') {
    refuse(`${fileName}:Word 文件含 ${error.size} 个部件,超过导入上限 ${error.limit} 个,未读取。${advice.zh}`,
      `${fileName}: the Word file holds ${error.size} parts, over the importer's limit of ${error.limit}; nothing was read. ${advice.en}`);
  }
  if (error.reason === 'size-mismatch') {
    refuse(`${fileName}:Word 文件已损坏或被改动:${error.part} 的实际大小超过文件自己声明的 ${error.size} 字节,未读取。${advice.zh}`,
      `${fileName}: the Word file is damaged or altered: ${error.part} is bigger than the ${error.size} bytes the file declares; nothing was read. ${advice.en}`);
  }
  refuse(`${fileName}:Word 文件中的 ${error.part} 解压后达 ${megabytes(error.size)},超过导入上限 ${megabytes(error.limit)},未读取。这不像一份报告。${advice.zh}`,
    `${fileName}: ${error.part} in the Word file would unpack to ${megabytes(error.size)}, over the importer's limit of ${megabytes(error.limit)}; nothing was read. That is no report. ${advice.en}`);
}

async function readWordFile(bytes: Uint8Array, fileName: string): Promise<string> {
  const { docxToText, WordFileRefusedError } = await loadWord();
  try {
    return await docxToText(bytes);
  } catch (error) {
    if (error instanceof WordFileRefusedError) refuseWordFile(fileName, error);
    return refuse(
      `${fileName}:不是可读的 Word 文件(.docx)。若是旧版 .doc,请在 Word 中另存为 .docx。`,
      `${fileName}: not a readable Word file (.docx). If it is an old .doc, save it as .docx in Word.`,
    );
  }
}

async function readPdf(bytes: Uint8Array, fileName: string): Promise<string> {
  const { PdfRefusedError, pdfToText } = await loadPdf();
  try {
    return await pdfToText(bytes);
  } catch (error) {
    if (error instanceof PdfRefusedError && error.reason === 'password') {
      return refuse(`${fileName}:PDF 有密码保护,无法读取。请提供未加密的文件。`, `${fileName}: the PDF is password-protected. Give an unprotected copy.`);
    }
    if (error instanceof PdfRefusedError) {
      return refuse(
        `${fileName}:PDF 有 ${error.pages} 页,超过导入上限,未导入。请只提供报告本身。`,
        `${fileName}: the PDF has ${error.pages} pages, over the importer's limit. Give the report alone.`,
      );
    }
    return refuse(`${fileName}:不是可读的 PDF 文件。请重新下载或另存后再试。`, `${fileName}: not a readable PDF file. Download or save it again and retry.`);
  }
}

/** Reads an input file's bytes as page text. */
export async function readInput(fileName: string, bytes: Uint8Array): Promise<InputText> {
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    refuse(
      `${fileName}:文件有 ${megabytes(bytes.byteLength)},超过导入上限 ${megabytes(MAX_INPUT_BYTES)}。请只提供报告本身(网页可“另存为 仅 HTML”)。`,
      `${fileName}: the file is ${megabytes(bytes.byteLength)}, over the importer's limit of ${megabytes(MAX_INPUT_BYTES)}. Give the report alone (save a web page as "HTML only").`,
    );
  }
  const extension = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  let result: InputText;
  if (extension === 'txt' || extension === 'text') {
    const { text, notes } = decode(bytes, fileName);
    result = { text, notes, hints: {}, sameLines: true };
  } else if (extension === 'html' || extension === 'htm') {
    const { text, encoding, notes } = decode(bytes, fileName, declaredCharset(bytes));
    const page = htmlToText(text, encoding);
    result = { text: page.text, notes, hints: page.documentTitle === undefined ? {} : { documentTitle: page.documentTitle }, sameLines: false };
  } else if (extension === 'docx') {
    result = { text: await readWordFile(bytes, fileName), notes: [], hints: {}, sameLines: false };
  } else if (extension === 'pdf') {
    result = { text: await readPdf(bytes, fileName), notes: [], hints: {}, sameLines: false };
  } else {
    refuse(
      `${fileName}:不支持此文件类型。请提供复制的网页文字(.txt)、保存的网页(.html)、Word 文件(.docx)或 PDF 文件(.pdf)。`,
      `${fileName}: unsupported file type. Give a copied page (.txt), a saved page (.html), a Word file (.docx) or a PDF (.pdf).`,
    );
  }
  if (result.text.trim() === '') {
    refuse(
      `${fileName}:文件中没有可读取的文字${extension === 'pdf' ? '(可能是扫描件:请向发布者索取文字版,或把文字录入 .txt 文件)' : ''}。`,
      `${fileName}: the file holds no text${extension === 'pdf' ? ' (perhaps a scan: ask the publisher for a text version, or type the text into a .txt file)' : ''}.`,
    );
  }
  return result;
}
