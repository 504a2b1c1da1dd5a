/**
 * The placeholder grammar shared by the tokenizer (which writes placeholders) and the
 * restorer (which recognises them in a vendor's answer).
 *
 * A placeholder looks like `[US_SSN_7QK2MX]`: a bracketed entity label and a six-character
 * tag in Crockford base32. Brackets and an upper-case label survive LLM rewriting well;
 * the tag is a keyed hash, so it says nothing about the value.
 */

/** Crockford base32 alphabet: no I, L, O, U, so tags are never mistaken for words. */
export const TAG_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TAG_LENGTH = 6;
/** Longest entity label a placeholder may carry (e.g. `US_DRIVER_LICENSE`). */
export const MAX_LABEL_LENGTH = 24;
/** `[` + label + `_` + tag + `]`. */
export const MAX_PLACEHOLDER_LENGTH = 1 + MAX_LABEL_LENGTH + 1 + TAG_LENGTH + 1;

/**
 * Matches every placeholder-shaped string; whether it was issued is the caller's question.
 * It is global, so `exec`/`test` on it are stateful: prefer `matchAll`/`replace`, or
 * {@link placeholderLengthAt} to test one position.
 */
export const PLACEHOLDER_PATTERN = new RegExp(
  `\\[([A-Z][A-Z0-9_]{0,${MAX_LABEL_LENGTH - 1}})_([${TAG_ALPHABET}]{${TAG_LENGTH}})\\]`,
  "g",
);

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const UNDERSCORE = 0x5f;

/** Indexed by char code below 128, so the hot paths never build a regex or a substring. */
const IS_TAG_CHAR = new Uint8Array(128);
const IS_LABEL_CHAR = new Uint8Array(128);
for (const char of TAG_ALPHABET) IS_TAG_CHAR[char.charCodeAt(0)] = 1;
for (let code = 0x41; code <= 0x5a; code++) IS_LABEL_CHAR[code] = 1;
for (let code = 0x30; code <= 0x39; code++) IS_LABEL_CHAR[code] = 1;
IS_LABEL_CHAR[UNDERSCORE] = 1;

const isUpperCaseLetter = (code: number): boolean => code >= 0x41 && code <= 0x5a;
export const isLabelChar = (code: number): boolean => code < 128 && IS_LABEL_CHAR[code] === 1;
const isTagChar = (code: number): boolean => code < 128 && IS_TAG_CHAR[code] === 1;

/**
 * The length of the placeholder that starts exactly at `text[start]`, or 0 when none does.
 * Equivalent to anchoring {@link PLACEHOLDER_PATTERN} at `start`.
 */
export function placeholderLengthAt(text: string, start: number): number {
  if (text.charCodeAt(start) !== OPEN_BRACKET || !isUpperCaseLetter(text.charCodeAt(start + 1))) return 0;
  // Neither label nor tag may contain `]`, so the first `]` is the only possible end.
  const limit = Math.min(text.length, start + MAX_PLACEHOLDER_LENGTH);
  let close = start + 2;
  while (close < limit && isLabelChar(text.charCodeAt(close))) close++;
  if (close >= limit || text.charCodeAt(close) !== CLOSE_BRACKET) return 0;
  const separator = close - TAG_LENGTH - 1;
  // The label is text[start + 1 .. separator), at least one character long.
  if (separator < start + 2 || text.charCodeAt(separator) !== UNDERSCORE) return 0;
  for (let index = separator + 1; index < close; index++) {
    if (!isTagChar(text.charCodeAt(index))) return 0;
  }
  return close + 1 - start;
}

/**
 * True when `text` could still grow into a placeholder: it is `[`, or `[` followed by a
 * prefix of some label `_` tag `]`. Used by streaming restore to decide what to hold back.
 */
export function couldBePlaceholderPrefix(text: string): boolean {
  const length = text.length;
  if (length === 0 || length >= MAX_PLACEHOLDER_LENGTH || text.charCodeAt(0) !== OPEN_BRACKET) return false;
  if (length === 1) return true;
  if (!isUpperCaseLetter(text.charCodeAt(1))) return false;
  for (let index = 2; index < length; index++) {
    if (!isLabelChar(text.charCodeAt(index))) return false;
  }
  const labelSoFar = length - 1;
  if (labelSoFar <= MAX_LABEL_LENGTH) return true;
  // Too long to be a label alone, so the tag has begun. `_` is no tag character, so the
  // separator can only be the character just before the trailing run of tag characters.
  let tagStart = length;
  while (tagStart > 1 && length - tagStart <= TAG_LENGTH && isTagChar(text.charCodeAt(tagStart - 1))) tagStart--;
  const separator = tagStart - 1;
  const labelLength = separator - 1;
  return (
    length - tagStart <= TAG_LENGTH &&
    text.charCodeAt(separator) === UNDERSCORE &&
    labelLength >= 1 &&
    labelLength <= MAX_LABEL_LENGTH
  );
}
