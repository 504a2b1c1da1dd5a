// The rest of a word, for the rare word holding a non-ASCII character: letters and marks,
// joined by apostrophes or hyphens that a letter follows ("Quốc", "O’Brien", "Петрова").
const WORD_TAIL = /[\p{L}\p{M}]*(?:['\u2019-]\p{L}[\p{L}\p{M}]*)*/uy;

const APOSTROPHE = 39;
const HYPHEN = 45;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// A character of the blocks that hold cased scripts' capitals (Latin, Greek, Cyrillic,
// Armenian). Non-ASCII ones include lower-case letters and signs (ā, ×); the caller checks the
// case. A regular expression finds the next one faster than a loop over character codes.
const WORD_OPENER = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F\u0460-\u052F\u0531-\u0556\u1E00-\u1EFF]/g;

function tailEnd(text: string, at: number): number {
  WORD_TAIL.lastIndex = at;
  WORD_TAIL.test(text);
  return WORD_TAIL.lastIndex;
}

/** The end of the word opened at `start`; ASCII is read by character code, the rest by `WORD_TAIL`. */
function wordEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isAsciiLetter(code)) {
      at++;
    } else if (code === APOSTROPHE || code === HYPHEN) {
      const next = text.charCodeAt(at + 1);
      if (isAsciiLetter(next)) at += 2;
      else return next >= 0x80 ? tailEnd(text, at) : at;
    } else {
      return code >= 0x80 ? tailEnd(text, at) : at;
    }
  }
  return at;
}

/**
 * Walks the capitalised words of a text, left to right: a capital, then letters and combining
 * marks, and further letters after an apostrophe or hyphen ("Mary-Jane", "O'Connor", "Quốc").
 * Words do not overlap; each search starts where the last word ended. `reset` starts over on
 * another text, so one cursor can serve every call (see `scanNameWords`).
 */
export class CapitalisedWords {
  /** Span of the current word, valid after `next()` returned true. */
  start = -1;
  end = 0;
  #text = "";

  constructor(text = "") {
    this.#text = text;
  }

  /** Starts over at the beginning of `text`. */
  reset(text: string): this {
    this.#text = text;
    this.start = -1;
    this.end = 0;
    return this;
  }

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    WORD_OPENER.lastIndex = this.end;
    if (!WORD_OPENER.test(this.#text)) return false;
    this.start = WORD_OPENER.lastIndex - 1;
    this.end = wordEnd(this.#text, this.start);
    return true;
  }
}
