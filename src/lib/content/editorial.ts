/**
 * What the content check reads in an editorial page (content/pages/*.mdx) without compiling it:
 * the components it uses and the ids they draw, each with its line.
 */

/** The components an editorial page may use, and the attribute that names what each draws. */
export const EDITORIAL_COMPONENTS = { Chart: 'id', Figure: 'id', FigureCard: 'id', Map: 'region' } as const;

export type EditorialComponent = keyof typeof EDITORIAL_COMPONENTS;

export interface ComponentUse {
  component: EditorialComponent;
  /** The id, figure id or region code it is given; undefined when the attribute is missing or not a plain string. */
  id: string | undefined;
  /** 1-based line of the file. */
  line: number;
}

const TAG = /<(Chart|Figure|FigureCard|Map)\b([^>]*)>/g;

/** Every use of an editorial component in an MDX source, in order; `firstLine` is the line the source starts on in its file. */
export function componentUses(source: string, firstLine = 1): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const match of source.matchAll(TAG)) {
    const component = match[1] as EditorialComponent;
    const attribute = EDITORIAL_COMPONENTS[component];
    const id = new RegExp(`(?:^|\\s)${attribute}=(?:"([^"]*)"|'([^']*)')`).exec(match[2] ?? '');
    const line = firstLine + source.slice(0, match.index).split('\n').length - 1;
    uses.push({ component, id: id ? (id[1] ?? id[2]) : undefined, line });
  }
  return uses;
}
