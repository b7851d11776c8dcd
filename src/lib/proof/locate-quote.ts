/** A paragraph of a report as the renderer numbered it. */
export interface NumberedParagraph {
  n: number;
  text: string;
}

/**
 * Finds the paragraph that holds a quote. Whitespace is folded on both sides because a quote is
 * typed by an editor while paragraph text may carry line breaks from the Markdown source.
 */
export function locateQuote(paragraphs: readonly NumberedParagraph[], quote: string): NumberedParagraph | undefined {
  const needle = fold(quote);
  return paragraphs.find((paragraph) => fold(paragraph.text).includes(needle));
}

function fold(text: string): string {
  return text.replace(/\s+/g, '');
}
