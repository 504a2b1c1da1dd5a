/**
 * A set of ASCII characters, tested by character code: cheaper than a `Set` of one-letter
 * strings, and no string is cut out of the text to ask.
 */
export class AsciiCharacters {
  readonly #members = new Uint8Array(128);

  constructor(characters: string) {
    for (const character of characters) {
      const code = character.charCodeAt(0);
      if (character.length !== 1 || code >= 128) throw new Error(`not an ASCII character: ${character}`);
      this.#members[code] = 1;
    }
  }

  /** Whether the UTF-16 code is one of the characters; false for any other number, NaN included. */
  has(code: number): boolean {
    return code < 128 && this.#members[code] === 1;
  }
}
