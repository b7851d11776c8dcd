/** A paragraph of a report as the renderer numbered it: the anchor #p-N and its plain text. */
export interface ReportParagraph {
  n: number;
  text: string;
}

/** Paragraph n (its anchor #p-n) of each figure a report states, by figure id. */
export type FigureParagraphs = Readonly<Record<string, number>>;
