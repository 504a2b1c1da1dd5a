/** How deep a request's JSON may nest: far beyond any real request, and well within what recursive readers can walk. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON source `text` opens objects and arrays more than `limit` deep, counting
 * brackets outside strings: one pass, no parse, so any depth is safe to ask about, and text
 * that is not JSON gives an answer too (its parse fails on its own).
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      index++;
      while (index < text.length && text.charCodeAt(index) !== 0x22) index += text.charCodeAt(index) === 0x5c ? 2 : 1;
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return false;
}
