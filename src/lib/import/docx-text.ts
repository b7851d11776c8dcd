/**
 * A Word file (.docx) → plain text, one paragraph per line, through mammoth. Takes the file's
 * bytes rather than a path so this module never touches the file system.
 */
import mammoth from 'mammoth';

/** Extracts the paragraphs of a .docx file; rejects when the bytes are no Word document. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // mammoth ends every paragraph with a blank line; one line per paragraph is what a copied page gives.
  return value.replace(/\n{2,}/gu, '\n\n').trim();
}
