/**
 * The distinct characters of many texts, for the search page's folding table. A flag per UTF-16
 * code unit: a Set of one-character strings, fed every character of every page, cost a shard
 * 0.8 ms a page. Characters outside the basic plane (a surrogate pair) are kept whole.
 */
export class CharacterSet {
  readonly #basic = new Uint8Array(0x10000);
  readonly #astral = new Set<string>();

  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.#astral.add(text.slice(i, i + 2));
          i++;
          continue;
        }
      }
      this.#basic[code] = 1;
    }
  }

  /** Every character seen, in the order of `Array.prototype.sort` (by UTF-16 code units). */
  sorted(): string[] {
    const chars: string[] = [...this.#astral];
    for (let code = 0; code < this.#basic.length; code++) if (this.#basic[code]) chars.push(String.fromCharCode(code));
    return chars.sort();
  }
}
