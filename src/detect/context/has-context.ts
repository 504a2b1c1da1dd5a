import type { NormalizedText } from "../types.ts";
import { columnHeaderAt } from "./column-header-at.ts";
import type { ContextPattern } from "./context-pattern.ts";
import { mentions } from "./mentions.ts";

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

/** The text before `start` that still belongs to the value's line and sentence. */
function windowBefore(text: string, start: number, size: number): string {
  let window = text.slice(Math.max(0, start - size), start);
  const lineBreak = window.lastIndexOf("\n");
  if (lineBreak !== -1) {
    // A label alone on the line above ("Routing number:\n021000021") still counts.
    const sameLine = window.slice(lineBreak + 1);
    window = ONLY_PUNCTUATION.test(sameLine) ? window.slice(window.lastIndexOf("\n", lineBreak - 1) + 1) : sameLine;
  }
  let sentenceStart = -1;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(window); match; match = SENTENCE_END.exec(window)) {
    sentenceStart = match.index + match[0].length;
  }
  return sentenceStart > 0 ? window.slice(sentenceStart) : window;
}

/** The text after `end` up to the end of the value's line and sentence. */
function windowAfter(text: string, end: number, size: number): string {
  let window = text.slice(end, Math.min(text.length, end + size));
  const lineBreak = window.indexOf("\n");
  if (lineBreak !== -1) window = window.slice(0, lineBreak);
  const sentenceEnd = window.search(SENTENCE_END_AFTER);
  return sentenceEnd === -1 ? window : window.slice(0, sentenceEnd);
}

/**
 * Whether the value at [start, end) of the normalised text has one of the rule's context
 * words nearby: in the same line and sentence within `before`/`after` characters, or as
 * the header of the table column the value sits in. Costs a regex test on two short
 * windows; texts that never mention the words are answered once per input.
 */
export function hasContext(input: NormalizedText, start: number, end: number, rule: ContextRule): boolean {
  if (!mentions(input, rule.pattern)) return false;
  const { regex } = rule.pattern;
  const text = input.text;
  if (rule.before > 0 && regex.test(windowBefore(text, start, rule.before))) return true;
  if (rule.after > 0 && regex.test(windowAfter(text, end, rule.after))) return true;
  if (rule.columns === false) return false;
  const header = columnHeaderAt(input, start);
  return header !== null && regex.test(header);
}
