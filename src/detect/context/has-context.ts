import type { NormalizedText } from "../types.ts";
import { columnHeaderAt } from "./column-header-at.ts";
import type { ContextPattern } from "./context-pattern.ts";
import { keywordStartsIn, mentions } from "./find-context-words.ts";

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

const SENTENCE_END = /[.!?]\s+(?=[A-Z])/g;
const SENTENCE_END_AFTER = /[.!?](?:\s|$)/;
const ONLY_PUNCTUATION = /^[^A-Za-z0-9]*$/;

/** Where the window before `start` begins: at most `size` back, same line and sentence. */
function windowStartBefore(text: string, start: number, size: number): number {
  const from = Math.max(0, start - size);
  // Searched within the window only, so a long line costs no more than a short one.
  let window = text.slice(from, start);
  let windowStart = from;
  const lineBreak = window.lastIndexOf("\n");
  if (lineBreak !== -1) {
    // A label alone on the line above ("Routing number:\n021000021") still counts.
    const labelOnly = ONLY_PUNCTUATION.test(window.slice(lineBreak + 1));
    const cut = labelOnly ? window.lastIndexOf("\n", lineBreak - 1) + 1 : lineBreak + 1;
    window = window.slice(cut);
    windowStart += cut;
  }
  let sentenceStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(window); match; match = SENTENCE_END.exec(window)) {
    sentenceStart = match.index + match[0].length;
  }
  return windowStart + sentenceStart;
}

/** Where the window after `end` stops: at most `size` on, same line and sentence. */
function windowEndAfter(text: string, end: number, size: number): number {
  const window = text.slice(end, Math.min(text.length, end + size));
  const lineBreak = window.indexOf("\n");
  const line = lineBreak === -1 ? window : window.slice(0, lineBreak);
  const sentenceEnd = line.search(SENTENCE_END_AFTER);
  return end + (sentenceEnd === -1 ? line.length : sentenceEnd);
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
