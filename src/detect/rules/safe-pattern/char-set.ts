/**
 * A set of characters as sorted, disjoint, inclusive code point ranges. The safe-pattern
 * check only asks whether two sets share a character, so approximations must err towards
 * "more characters" (a bigger set can only make the check stricter).
 */
export type CharSet = ReadonlyArray<readonly [number, number]>;

const MAX_CODE_POINT = 0x10ffff;

/** Sorts and merges ranges into a CharSet. */
export function charSet(ranges: ReadonlyArray<readonly [number, number]>): CharSet {
  const sorted = [...ranges].sort((left, right) => left[0] - right[0]);
  const merged: Array<[number, number]> = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

/** The set holding exactly the given characters. */
export function charSetOf(characters: string): CharSet {
  return charSet([...characters].map((character) => {
    const code = character.codePointAt(0) ?? 0;
    return [code, code] as const;
  }));
}

/** Every character of either set. */
export function union(...sets: CharSet[]): CharSet {
  return charSet(sets.flat());
}

/** Every character not in `set`. */
export function complement(set: CharSet): CharSet {
  const result: Array<[number, number]> = [];
  let next = 0;
  for (const [low, high] of set) {
    if (low > next) result.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX_CODE_POINT) result.push([next, MAX_CODE_POINT]);
  return result;
}

/** Whether the two sets share at least one character. */
export function intersects(left: CharSet, right: CharSet): boolean {
  let leftIndex = 0;
  let rightIndex = 0;
  while (leftIndex < left.length && rightIndex < right.length) {
    const [leftLow, leftHigh] = left[leftIndex] ?? [0, -1];
    const [rightLow, rightHigh] = right[rightIndex] ?? [0, -1];
    if (leftLow <= rightHigh && rightLow <= leftHigh) return true;
    if (leftHigh < rightHigh) leftIndex++;
    else rightIndex++;
  }
  return false;
}

const ASCII_UPPER: readonly [number, number] = [0x41, 0x5a];
const ASCII_LOWER: readonly [number, number] = [0x61, 0x7a];

/**
 * The set under case-insensitive matching: ASCII letters in both cases. Non-ASCII case
 * folding (and the few non-ASCII letters that fold to ASCII, like the Kelvin sign) is
 * approximated by adding every non-ASCII character to any set holding a letter.
 */
export function foldCase(set: CharSet): CharSet {
  const added: Array<readonly [number, number]> = [];
  let hasLetter = false;
  for (const [low, high] of set) {
    for (const [caseLow, caseHigh, shift] of [[...ASCII_UPPER, 0x20], [...ASCII_LOWER, -0x20]] as const) {
      const from = Math.max(low, caseLow);
      const to = Math.min(high, caseHigh);
      if (from <= to) {
        added.push([from + shift, to + shift]);
        hasLetter = true;
      }
    }
    if (high >= 0x80) hasLetter = true;
  }
  if (hasLetter) added.push([0x80, MAX_CODE_POINT]);
  return charSet([...set, ...added]);
}

/** Character classes as JavaScript defines them. */
export const DIGITS = charSetOf("0123456789");
export const WORD_CHARACTERS = charSet([[0x30, 0x39], ASCII_UPPER, [0x5f, 0x5f], ASCII_LOWER]);
export const WHITE_SPACE = charSet([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
export const EVERY_CHARACTER: CharSet = [[0, MAX_CODE_POINT]];
export const NO_CHARACTER: CharSet = [];
/** What `.` matches without the `s` flag: everything but line terminators. */
export const NOT_LINE_TERMINATOR = complement(charSetOf("\n\r\u2028\u2029"));
