/** One line of the input as the editor sees it in the source file (1-based number). */
export interface SourceLine {
  /** Line number in the input file, 1-based. */
  readonly n: number;
  /** The line's text, trimmed, with pinyin glosses already removed. */
  readonly text: string;
  /** Whether the line was indented in the input (used to spot unnumbered headings). */
  readonly indented: boolean;
}

/** What kind of thing an editor must look at. */
export type FlagKind =
  | 'lost-year'
  | 'lost-month'
  | 'lost-day'
  | 'lost-unit'
  | 'lost-bracket'
  | 'unreadable'
  | 'stray-latin'
  | 'guessed-heading'
  | 'caption'
  | 'guessed-regions'
  | 'ambiguous-region'
  | 'dropped-head'
  | 'dropped-tail'
  | 'unlisted-region'
  | 'summary'
  | 'source-name'
  | 'title'
  | 'date'
  | 'publisher'
  | 'encoding';

/** One thing the editor must check, tied to a line of the output file and of the input. */
export interface Flag {
  readonly kind: FlagKind;
  /** Line in the input file, when the flag comes from the text. */
  readonly sourceLine?: number | undefined;
  /** Line in the written report file; filled in once the file is laid out. */
  outputLine?: number | undefined;
  /** The passage concerned, as it stands. */
  readonly snippet: string;
  /** What to check, in Chinese. */
  readonly zh: string;
  /** What to check, in English. */
  readonly en: string;
}
