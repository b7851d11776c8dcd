/** A paragraph of a report as the renderer numbered it: the anchor #p-N and its plain text. */
export interface ReportParagraph {
  n: number;
  text: string;
}
