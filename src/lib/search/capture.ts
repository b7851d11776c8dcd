/**
 * Reads data-pagefind-meta / -filter / -sort attribute strings the way Pagefind does
 * (pagefind/src/fossick/parser.rs: parse_attr_string and get_attribute_pair), so the build can
 * know the values Pagefind will record: "title", "image[src]", "a[x], b[y], type:报告".
 */

/** Pagefind's normalize_content: whitespace collapsed and trimmed. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ATTRIBUTE_CAPTURE = /^\s*([^:[\]]+)\[(.+)\]\s*$/;

function captureItems(input: string, readAttribute: (name: string) => string | undefined): string[] {
  const colon = input.indexOf(':');
  if (colon >= 0) {
    const items = captureItems(input.slice(0, colon), readAttribute);
    if (items.length > 0) items[items.length - 1] += `:${input.slice(colon + 1)}`;
    return items;
  }
  return input.split(',').map((chunk) => {
    const trimmed = chunk.trim();
    const capture = ATTRIBUTE_CAPTURE.exec(trimmed);
    return capture ? `${capture[1]}:${readAttribute(capture[2]!) ?? ''}` : trimmed;
  });
}

/**
 * The key/value pairs an attribute string yields on one element. `elementText` is the element's
 * indexable text, used by items that name a key alone ("title").
 */
export function readCaptures(
  input: string,
  readAttribute: (name: string) => string | undefined,
  elementText: () => string,
): [key: string, value: string][] {
  const pairs: [string, string][] = [];
  for (const item of captureItems(input, readAttribute)) {
    const colon = item.indexOf(':');
    if (colon >= 0) {
      pairs.push([item.slice(0, colon), normalizeText(item.slice(colon + 1))]);
    } else {
      const text = normalizeText(elementText());
      if (text) pairs.push([item, text]);
    }
  }
  return pairs;
}
