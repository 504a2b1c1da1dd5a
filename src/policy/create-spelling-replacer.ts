/** Spellings are looked up by this many leading characters; shorter ones by their whole text. */
const KEY_LENGTH = 4;

/**
 * Replaces every occurrence of each spelling in `pairs` with its replacement, in one pass
 * from left to right, taking the longest spelling that starts at each position. The cost is
 * one lookup per position of the text, however many spellings there are (a body with
 * thousands of allowed values used to take one whole-text pass per spelling).
 */
export function createSpellingReplacer(pairs: ReadonlyArray<readonly [spelling: string, replacement: string]>): (text: string) => string {
  const byKey = new Map<string, Array<readonly [string, string]>>();
  const shortLengths = new Set<number>();
  for (const [spelling, replacement] of pairs) {
    if (spelling.length === 0) continue;
    const key = spelling.slice(0, KEY_LENGTH);
    if (spelling.length < KEY_LENGTH) shortLengths.add(spelling.length);
    const bucket = byKey.get(key);
    if (bucket) bucket.push([spelling, replacement]);
    else byKey.set(key, [[spelling, replacement]]);
  }
  if (byKey.size === 0) return (text) => text;
  for (const bucket of byKey.values()) bucket.sort(([left], [right]) => right.length - left.length);
  const shortKeys = [...shortLengths].sort((left, right) => right - left);

  /** The longest spelling starting at `index`, or undefined. */
  const matchAt = (text: string, index: number): readonly [string, string] | undefined => {
    for (const candidate of byKey.get(text.slice(index, index + KEY_LENGTH)) ?? []) {
      if (text.startsWith(candidate[0], index)) return candidate;
    }
    for (const length of shortKeys) {
      const candidate = byKey.get(text.slice(index, index + length))?.find(([spelling]) => spelling.length === length);
      if (candidate) return candidate;
    }
    return undefined;
  };
  return (text) => {
    let out = "";
    let copiedTo = 0;
    for (let index = 0; index < text.length; ) {
      const match = matchAt(text, index);
      if (!match) {
        index++;
        continue;
      }
      out += text.slice(copiedTo, index) + match[1];
      index += match[0].length;
      copiedTo = index;
    }
    return copiedTo === 0 ? text : out + text.slice(copiedTo);
  };
}
