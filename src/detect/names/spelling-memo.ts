// FNV-1a over the UTF-16 codes.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const FIRST_SLOTS = 1024;

/** Whether `spelling` is exactly text[start, end). */
function spells(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let at = 0; at < spelling.length; at++) if (spelling.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}

/**
 * Values computed from a spelling, remembered and looked up by a span of a text. Asking a
 * `Map` would cut a new string out of the text and hash it, which for a short word costs
 * more than computing the hash from the character codes and comparing them in place; the
 * string is cut out only when a spelling is first seen. Bounded: cleared when full.
 */
export class SpellingMemo<Value> {
  readonly #maxEntries: number;
  #entries = 0;
  // Open addressing, linear probing; a slot without a spelling is free. The table starts small
  // and doubles at half full: a small one stays in the processor's cache.
  #mask = FIRST_SLOTS - 1;
  #hashes = new Int32Array(FIRST_SLOTS);
  #spellings = new Array<string | undefined>(FIRST_SLOTS).fill(undefined);
  #values = new Array<Value | undefined>(FIRST_SLOTS).fill(undefined);

  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries;
  }

  /** The value of the spelling text[start, end), computed by `compute` the first time it is asked for. */
  get(text: string, start: number, end: number, compute: (spelling: string) => Value): Value {
    let hash = FNV_OFFSET;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const spelling = this.#spellings[slot];
      if (spelling === undefined) break;
      if (this.#hashes[slot] === hash && spells(spelling, text, start, end)) return this.#values[slot] as Value;
    }
    const spelling = text.slice(start, end);
    const value = compute(spelling);
    if (this.#entries >= this.#maxEntries) this.#resize(FIRST_SLOTS);
    else if (2 * (this.#entries + 1) > this.#mask + 1) this.#resize(2 * (this.#mask + 1));
    this.#insert(hash, spelling, value);
    return value;
  }

  #insert(hash: number, spelling: string, value: Value | undefined): void {
    let slot = hash & this.#mask;
    while (this.#spellings[slot] !== undefined) slot = (slot + 1) & this.#mask;
    this.#hashes[slot] = hash;
    this.#spellings[slot] = spelling;
    this.#values[slot] = value;
    this.#entries++;
  }

  /** Moves the entries to a table of `slots` slots; below the entries' count, it starts empty. */
  #resize(slots: number): void {
    const hashes = this.#hashes;
    const spellings = this.#spellings;
    const values = this.#values;
    const keep = slots > 2 * this.#entries;
    this.#mask = slots - 1;
    this.#hashes = new Int32Array(slots);
    this.#spellings = new Array<string | undefined>(slots).fill(undefined);
    this.#values = new Array<Value | undefined>(slots).fill(undefined);
    this.#entries = 0;
    if (!keep) return;
    spellings.forEach((spelling, slot) => {
      if (spelling !== undefined) this.#insert(hashes[slot] ?? 0, spelling, values[slot]);
    });
  }
}
