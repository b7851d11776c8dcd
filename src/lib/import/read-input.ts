/**
 * Input bytes → page text, by file type: a copied page (.txt), a saved page (.html) or a Word
 * file (.docx). Text files that are not UTF-8 are tried as GB18030, the encoding Chinese Windows
 * tools save in, and the editor is told. Anything else is refused with a message, never guessed.
 */
import { docxToText } from './docx-text.ts';
import { htmlToText } from './html-text.ts';

/** A file the importer cannot read; the message is for the editor, Chinese first. */
export class UnreadableInputError extends Error {
  override name = 'UnreadableInputError';
}

/** The text of an input file and anything the editor should know about how it was read. */
export interface InputText {
  text: string;
  notes: { zh: string; en: string }[];
}

function decode(bytes: Uint8Array, fileName: string): InputText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
  } catch {
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      return {
        text,
        notes: [{ zh: `${fileName} 不是 UTF-8,已按 GB18030 读取,请核对文字。`, en: `${fileName} is not UTF-8; read as GB18030: check the text.` }],
      };
    } catch {
      throw new UnreadableInputError(
        `${fileName}: 无法识别文字编码(既非 UTF-8 也非 GB18030)。请用记事本“另存为 UTF-8”后重试。\n` +
          `${fileName}: unknown text encoding (neither UTF-8 nor GB18030). Save it as UTF-8 and try again.`,
      );
    }
  }
}

/** Reads an input file's bytes as page text. */
export async function readInput(fileName: string, bytes: Uint8Array): Promise<InputText> {
  const extension = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  let result: InputText;
  if (extension === 'txt' || extension === 'text') result = decode(bytes, fileName);
  else if (extension === 'html' || extension === 'htm') {
    const page = decode(bytes, fileName);
    result = { ...page, text: htmlToText(page.text) };
  } else if (extension === 'docx') {
    try {
      result = { text: await docxToText(bytes), notes: [] };
    } catch {
      throw new UnreadableInputError(
        `${fileName}: 不是可读的 Word 文件(.docx)。若是旧版 .doc,请在 Word 中另存为 .docx。\n` +
          `${fileName}: not a readable Word file (.docx). If it is an old .doc, save it as .docx in Word.`,
      );
    }
  } else {
    throw new UnreadableInputError(
      `${fileName}: 不支持此文件类型。请提供复制的网页文字(.txt)、保存的网页(.html)或 Word 文件(.docx)。\n` +
        `${fileName}: unsupported file type. Give a copied page (.txt), a saved page (.html) or a Word file (.docx).`,
    );
  }
  if (result.text.trim() === '') {
    throw new UnreadableInputError(`${fileName}: 文件中没有文字。\n${fileName}: the file holds no text.`);
  }
  return result;
}
