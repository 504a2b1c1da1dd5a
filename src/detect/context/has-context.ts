import type { NormalizedText } from "../types.ts";
import { columnHeaderAt } from "./column-header-at.ts";
import type { ContextPattern } from "./context-pattern.ts";
import { keywordStartsIn, mentions } from "./find-context-words.ts";
import { isAsciiAlphanumericCode, isWhitespaceCode } from "../char-codes.ts";

/** Where a recognizer looks for its context words around a candidate value. */
export interface ContextRule {
  /** Context words, compiled by `contextPattern`. */
  pattern: ContextPattern;
  /** How many characters before the value to search (same line, same sentence). */
  before: number;
  /** How many characters after the value to search (same line, same sentence). */
  after: number;
  /** Whether a matching table column header counts as context. Default true. */
  columns?: boolean;
}

/** Whether `code` is ".", "!" or "?". */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** Whether text[from, to) holds a letter or a digit. */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isAsciiAlphanumericCode(text.charCodeAt(index))) return true;
  return false;
}

/** The last line break in text[from, to), or -1. Searched within the window only, so a long line costs no more than a short one. */
function lastLineBreakIn(text: string, from: number, to: number): number {
  for (let index = to - 1; index >= from; index--) {
    if (text.charCodeAt(index) === 10) return index;
  }
  return -1;
}

/** Where the window before `start` begins: at most `size` back, same line and sentence. */
function windowStartBefore(text: string, start: number, size: number): number {
  const from = Math.max(0, start - size);
  let windowStart = from;
  const lineBreak = lastLineBreakIn(text, from, start);
  if (lineBreak !== -1) {
    // A label alone on the line above ("Routing number:\n021000021") still counts.
    const labelOnly = lineBreak > from && !hasLetterOrDigit(text, lineBreak + 1, start);
    windowStart = lineBreak + 1;
    if (labelOnly) {
      const lineAbove = lastLineBreakIn(text, from, lineBreak);
      windowStart = lineAbove === -1 ? from : lineAbove + 1;
    }
  }
  // The window starts after its last sentence end: ".", "!" or "?", spaces, then a capital.
  for (let capital = start - 1; capital > windowStart + 1; capital--) {
    const code = text.charCodeAt(capital);
    if (code < 65 || code > 90 || !isWhitespaceCode(text.charCodeAt(capital - 1))) continue;
    let mark = capital - 2;
    while (mark >= windowStart && isWhitespaceCode(text.charCodeAt(mark))) mark--;
    if (mark >= windowStart && endsSentence(text.charCodeAt(mark))) return capital;
  }
  return windowStart;
}

/** Where the window after `end` stops: at most `size` on, same line and sentence. */
function windowEndAfter(text: string, end: number, size: number): number {
  const limit = Math.min(text.length, end + size);
  for (let index = end; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) return index;
    if (!endsSentence(code)) continue;
    // A sentence ends at punctuation before a space, the line's end or the window's.
    const next = index + 1;
    if (next === limit || text.charCodeAt(next) === 10 || isWhitespaceCode(text.charCodeAt(next))) return index;
  }
  return limit;
}

/**
 * Whether a whole context word lies in text[from, to). The search sees one character on
 * each side, so a word cut by the window's edge ("classn" → "ssn") is not taken for one.
 */
function containsWord(pattern: ContextPattern, text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const lead = from > 0 ? 1 : 0;
  const window = text.slice(from - lead, Math.min(text.length, to + 1));
  const limit = to - from + lead;
  pattern.scan.lastIndex = lead;
  for (let match = pattern.scan.exec(window); match; match = pattern.scan.exec(window)) {
    if (match.index + match[0].length <= limit) return true;
  }
  return false;
}

/**
 * Whether the value at [start, end) of the normalised text has one of the rule's context
 * words nearby: in the same line and sentence within `before`/`after` characters, or as
 * the header of the table column the value sits in. A window is searched (a regex test on
 * a short slice) only when one of the pattern's keywords starts within reach; texts that
 * never mention the words are answered once per input.
 */
export function hasContext(input: NormalizedText, start: number, end: number, rule: ContextRule): boolean {
  const { pattern } = rule;
  if (!mentions(input, pattern)) return false;
  const text = input.text;
  // Each window lies within `before` / `after` characters of the value: no keyword there, no word.
  const keywordBefore = rule.before > 0 && keywordStartsIn(input, pattern, start - rule.before, start);
  if (keywordBefore && containsWord(pattern, text, windowStartBefore(text, start, rule.before), start)) return true;
  const keywordAfter = rule.after > 0 && keywordStartsIn(input, pattern, end, end + rule.after);
  if (keywordAfter && containsWord(pattern, text, end, windowEndAfter(text, end, rule.after))) return true;
  if (rule.columns === false) return false;
  const header = columnHeaderAt(input, start);
  return header !== null && pattern.regex.test(header);
}
