import { isAsciiAlphanumericCode, isAsciiLetterCode } from "../char-codes.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

const MAX_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}|[\p{L}]{2,63})$/u;

/** Letter or digit beyond ASCII; `index` may be out of range. */
function isOtherLetterOrDigit(text: string, index: number): boolean {
  return text.charCodeAt(index) > 0x7f && LETTER_OR_DIGIT.test(text[index] ?? "");
}

// . _ % + -
const isLocalSymbol = (code: number): boolean => code === 46 || code === 95 || code === 37 || code === 43 || code === 45;

function isLocalCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isAsciiAlphanumericCode(code) || isLocalSymbol(code) || isOtherLetterOrDigit(text, index);
}

function isDomainCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isAsciiAlphanumericCode(code) || code === 46 || code === 45 || isOtherLetterOrDigit(text, index);
}

/** An apostrophe between letters belongs to the local part ("o'brien@…"); a quote before it does not. */
function isInnerApostrophe(text: string, index: number): boolean {
  return text[index] === "'" && isAsciiAlphanumericCode(text.charCodeAt(index - 1)) && isAsciiAlphanumericCode(text.charCodeAt(index + 1));
}

/** The email address around the "@" at `at`, as [start, end), or null. */
function addressAround(text: string, at: number): [number, number] | null {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL_LENGTH) {
    if (!isLocalCharacter(text, start - 1) && !(start < at && isInnerApostrophe(text, start - 1))) break;
    start--;
  }
  while (start < at && text[start] === ".") start++;
  let end = at + 1;
  while (end < text.length && end - at <= MAX_DOMAIN_LENGTH && isDomainCharacter(text, end)) end++;
  // A sentence's full stop or a dash after the address is not part of the domain.
  while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
  if (start === at || text[at - 1] === ".") return null;
  for (let index = start + 1; index < at; index++) {
    if (text.charCodeAt(index) === 46 && text.charCodeAt(index - 1) === 46) return null;
  }
  return isDomainBetween(text, at + 1, end) ? [start, end] : null;
}

function isAsciiLettersBetween(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isAsciiLetterCode(text.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * Whether text[start, end) is a dotted domain: two labels or more, none empty or starting
 * or ending with "-", the last a top-level domain.
 */
function isDomainBetween(text: string, start: number, end: number): boolean {
  let labelStart = start;
  for (let index = start; index <= end; index++) {
    if (index < end && text.charCodeAt(index) !== 46) continue;
    if (index === labelStart || text.charCodeAt(labelStart) === 45 || text.charCodeAt(index - 1) === 45) return false;
    if (index < end) labelStart = index + 1;
  }
  if (labelStart === start) return false;
  const length = end - labelStart;
  if (length >= 2 && length <= 63 && isAsciiLettersBetween(text, labelStart, end)) return true;
  return TOP_LEVEL_DOMAIN.test(text.slice(labelStart, end));
}

/**
 * Email addresses: the practical subset of RFC 5322 that people type (dot-atom local part
 * of letters, digits, . _ % + - and inner apostrophes, a dotted domain with a letter TLD),
 * including internationalised letters. Found from each "@" outwards, so scanning stays linear.
 */
export const emailRecognizer: Recognizer = {
  id: "email",
  type: "EMAIL",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    const text = input.text;
    let searchFrom = 0;
    for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", searchFrom)) {
      searchFrom = at + 1;
      const span = addressAround(text, at);
      if (!span) continue;
      const [start, end] = span;
      if (matches.length > 0 && (matches[matches.length - 1]?.end ?? 0) > start) continue;
      matches.push({ start, end, canonical: text.slice(start, end).toLowerCase(), score: 0.95 });
      searchFrom = end;
    }
    return matches;
  },
};
