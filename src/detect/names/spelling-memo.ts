// FNV-1a over the UTF-16 codes.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const FIRST_SLOTS = 1024;
const FIRST_CHARACTERS = 8192;
// A slot is four numbers: the spelling's hash, where its characters start in the character
// pool, its length (0: a free slot), and 1 when its value is null (which then needs no reading).
const SLOT_SIZE = 4;
const HASH = 0;
const OFFSET = 1;
const LENGTH = 2;
const IS_NULL = 3;
/** Longer spellings are computed each time: no name word is this long, and the pool stays bounded. */
const MAX_REMEMBERED_LENGTH = 40;

const copyCodes = new Uint16Array(MAX_REMEMBERED_LENGTH);

/** text[start, start + length) as a string of its own, not a slice that keeps `text` alive. */
function freshCopy(text: string, start: number, length: number): string {
  for (let at = 0; at < length; at++) copyCodes[at] = text.charCodeAt(start + at);
  return String.fromCharCode(...copyCodes.subarray(0, length));
}

/**
 * Values computed from a spelling, remembered and looked up by a span of a text. Asking a
 * `Map` would cut a new string out of the text and hash it, which for a short word costs
 * more than computing the hash from the character codes and comparing them in place; the
 * string is made only when a spelling is first seen (or, beyond 40 characters, each time). The slots and the spellings'
 * characters live in typed arrays, side by side, so a lookup touches few cache lines. A
 * remembered spelling is handed to `compute` as a fresh string, never a slice of the text:
 * a slice would keep the whole request text (and the personal data in it) alive for as long
 * as the memo remembers the value. Bounded: spellings up to 40 characters, cleared when full.
 */
export class SpellingMemo<Value> {
  readonly #maxEntries: number;
  #entries = 0;
  // Open addressing, linear probing. The table starts small and doubles at half full: a small
  // one stays in the processor's cache.
  #mask = FIRST_SLOTS - 1;
  #slots = new Int32Array(FIRST_SLOTS * SLOT_SIZE);
  #values = new Array<Value | undefined>(FIRST_SLOTS).fill(undefined);
  #characters = new Uint16Array(FIRST_CHARACTERS);
  #charactersUsed = 0;

  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries;
  }

  /** The value of the spelling text[start, end), computed by `compute` the first time it is asked for (every time when not kept). */
  get(text: string, start: number, end: number, compute: (spelling: string) => Value): Value {
    const length = end - start;
    if (length === 0 || length > MAX_REMEMBERED_LENGTH) return compute(text.slice(start, end));
    let hash = FNV_OFFSET;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
    const slots = this.#slots;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const base = slot * SLOT_SIZE;
      const slotLength = slots[base + LENGTH] ?? 0;
      if (slotLength === 0) break;
      if (slots[base + HASH] === hash && slotLength === length && this.#spells(slots[base + OFFSET] ?? 0, text, start, length)) {
        return (slots[base + IS_NULL] === 1 ? null : this.#values[slot]) as Value;
      }
    }
    // Computed before the memo changes, so a compute that throws leaves it as it was.
    const value = compute(freshCopy(text, start, length));
    if (this.#entries >= this.#maxEntries) this.#clear();
    else if (2 * (this.#entries + 1) > this.#mask + 1) this.#rehash(2 * (this.#mask + 1));
    this.#insert(hash, this.#store(text, start, length), length, value);
    return value;
  }

  /** Whether the pool's `length` characters from `offset` are text[start, start + length). */
  #spells(offset: number, text: string, start: number, length: number): boolean {
    const characters = this.#characters;
    for (let at = 0; at < length; at++) if (characters[offset + at] !== text.charCodeAt(start + at)) return false;
    return true;
  }

  /** Copies text[start, start + length) into the pool; where it starts there. */
  #store(text: string, start: number, length: number): number {
    if (this.#charactersUsed + length > this.#characters.length) {
      const grown = new Uint16Array(Math.max(2 * this.#characters.length, this.#charactersUsed + length));
      grown.set(this.#characters.subarray(0, this.#charactersUsed));
      this.#characters = grown;
    }
    const offset = this.#charactersUsed;
    for (let at = 0; at < length; at++) this.#characters[offset + at] = text.charCodeAt(start + at);
    this.#charactersUsed += length;
    return offset;
  }

  #insert(hash: number, offset: number, length: number, value: Value | undefined): void {
    let slot = hash & this.#mask;
    while ((this.#slots[slot * SLOT_SIZE + LENGTH] ?? 0) !== 0) slot = (slot + 1) & this.#mask;
    const base = slot * SLOT_SIZE;
    this.#slots[base + HASH] = hash;
    this.#slots[base + OFFSET] = offset;
    this.#slots[base + LENGTH] = length;
    this.#slots[base + IS_NULL] = value === null ? 1 : 0;
    this.#values[slot] = value === null ? undefined : value;
    this.#entries++;
  }

  /** Moves the entries to a table of `slotCount` slots. */
  #rehash(slotCount: number): void {
    const slots = this.#slots;
    const values = this.#values;
    this.#mask = slotCount - 1;
    this.#slots = new Int32Array(slotCount * SLOT_SIZE);
    this.#values = new Array<Value | undefined>(slotCount).fill(undefined);
    this.#entries = 0;
    for (let slot = 0; slot < values.length; slot++) {
      const base = slot * SLOT_SIZE;
      const length = slots[base + LENGTH] ?? 0;
      if (length === 0) continue;
      const value = slots[base + IS_NULL] === 1 ? null : values[slot];
      this.#insert(slots[base + HASH] ?? 0, slots[base + OFFSET] ?? 0, length, value as Value | undefined);
    }
  }

  /** Forgets every spelling and starts again as small as at first. */
  #clear(): void {
    this.#mask = FIRST_SLOTS - 1;
    this.#slots = new Int32Array(FIRST_SLOTS * SLOT_SIZE);
    this.#values = new Array<Value | undefined>(FIRST_SLOTS).fill(undefined);
    this.#characters = new Uint16Array(FIRST_CHARACTERS);
    this.#charactersUsed = 0;
    this.#entries = 0;
  }
}
