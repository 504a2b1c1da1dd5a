/** Pieces the fuzzer inserts: separators, digits, context words and name cues that move detection's edges. */
const PIECES = [" ", "-", ".", "/", "\n", "\t", ",", ":", "(", ")", "0", "1", "5", "9", "A", "x", "Dr. ", "DOB ", "SSN ", "acct ", "member ID ", "\u2013", "\u00a0", "\u200b", "MRN", "born ", "Street", " St", "Apt 4", "@", "+1 ", "#", "'s", "Mr. ", "Hi ", "Patient: "];

/** A seeded generator of numbers in [0, 1): the same seed gives the same texts on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * A variant of `text` with one to four edits: a piece inserted, characters deleted, a letter's
 * case flipped, a stretch of `others` spliced in, or a digit changed — the edits that move a
 * value across a recognizer's boundaries, checksums and context windows.
 */
export function mutateText(text: string, others: readonly string[], random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let mutated = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * (mutated.length + 1));
    const kind = random();
    if (kind < 0.25) mutated = mutated.slice(0, at) + pick(PIECES) + mutated.slice(at);
    else if (kind < 0.45) mutated = mutated.slice(0, at) + mutated.slice(at + 1 + Math.floor(random() * 3));
    else if (kind < 0.6) {
      const character = mutated[at] ?? "";
      const flipped = character === character.toUpperCase() ? character.toLowerCase() : character.toUpperCase();
      mutated = mutated.slice(0, at) + flipped + mutated.slice(at + 1);
    } else if (kind < 0.8) {
      const other = pick(others);
      const from = Math.floor(random() * other.length);
      mutated = mutated.slice(0, at) + other.slice(from, from + 10 + Math.floor(random() * 80)) + mutated.slice(at);
    } else {
      const code = mutated.charCodeAt(at);
      if (code >= 48 && code <= 57) mutated = mutated.slice(0, at) + String((code - 48 + 1 + Math.floor(random() * 8)) % 10) + mutated.slice(at + 1);
    }
  }
  return mutated;
}
