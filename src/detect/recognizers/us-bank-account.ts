import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { cellsLabelledBy } from "../context/cells-labelled-by.ts";
import { keywordStartSpan } from "../context/find-context-words.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";
import { digitsOnly } from "../char-codes.ts";

// 4–17 digits, optionally grouped by single spaces or dashes, standing alone: not glued to
// letters, not an amount ($1,234.56), not a decimal, not part of a longer number.
const ACCOUNT_SHAPE = /\d(?<![\w$€£.,/-]\d)(?:[- ]?\d){3,16}(?![\w]|[.,/-]\d)/g;
const LONGEST_ACCOUNT = 17 + 16;
// Grouped like a date (2024-01-31, 01-31-2024): never an account number.
const DATE_SHAPE = /^(?:\d{4}[- ]\d{1,2}[- ]\d{1,2}|\d{1,2}[- ]\d{1,2}[- ]\d{4})$/;

const ACCOUNT_CONTEXT: ContextRule = {
  // "DDA" (demand deposit account) is how banks' own systems and staff label a checking account.
  pattern: contextPattern(["account*", "acct*", "a/c", "checking", "savings", "bank no", "bank number", "dda"]),
  before: 40,
  after: 0,
};

// Short values (4–5 digits, e.g. "acct ending 1234") must follow their label closely.
const SHORT_ACCOUNT_CONTEXT: ContextRule = { ...ACCOUNT_CONTEXT, before: 16 };

/**
 * Where values that can have context start, [from, to): everywhere with a MICR on-us
 * symbol in the text; else after the first account word (a labelled column's cells come
 * after its header too), up to `before` characters past the last word unless a labelled
 * column holds cells anywhere. Starting at a word is exact: a match holds only digits,
 * spaces and dashes, so none runs across the word's first letter.
 */
function reachOfContext(input: NormalizedText): { from: number; to: number } {
  const length = input.text.length;
  if (input.text.includes("⑈")) return { from: 0, to: length };
  const { pattern, before } = ACCOUNT_CONTEXT;
  const span = keywordStartSpan(input, pattern);
  if (span === null) return { from: 0, to: 0 };
  const to = cellsLabelledBy(input, pattern).length > 0 ? length : Math.min(length, span.last + before + 1);
  return { from: span.first, to };
}

/** How many spaces and dashes group the digits of an account-shaped value. */
function separatorCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 32 || code === 45) count++;
  }
  return count;
}

/** "⑈", the MICR on-us symbol, closes the account number on a cheque's MICR line. */
function followedByOnUsSymbol(text: string, end: number): boolean {
  return text[end] === "⑈" || (text[end] === " " && text[end + 1] === "⑈");
}

/**
 * US bank account numbers: 4–17 digits right after an account word ("account", "acct",
 * "a/c", "checking", "savings", "DDA") or before a MICR on-us symbol. Without context a run of
 * digits is just a number. Scores low, so any stronger type claiming the span wins.
 */
export const usBankAccountRecognizer: Recognizer = {
  id: "us-bank-account",
  type: "US_BANK_ACCOUNT",
  find(input: NormalizedText): RecognizerMatch[] {
    const text = input.text;
    const { from, to } = reachOfContext(input);
    if (from >= to) return [];
    const matches: RecognizerMatch[] = [];
    // Cut where no value reachable from a word runs or looks on to, so the scan stops there.
    const scanned = to < text.length ? text.slice(0, to + LONGEST_ACCOUNT + 2) : text;
    ACCOUNT_SHAPE.lastIndex = from;
    for (let match = ACCOUNT_SHAPE.exec(scanned); match && match.index < to; match = ACCOUNT_SHAPE.exec(scanned)) {
      const value = match[0];
      const separators = separatorCount(value);
      if (separators > 0 && DATE_SHAPE.test(value)) continue;
      const start = match.index;
      const end = start + value.length;
      const rule = value.length - separators < 6 ? SHORT_ACCOUNT_CONTEXT : ACCOUNT_CONTEXT;
      if (!followedByOnUsSymbol(text, end) && !hasContext(input, start, end, rule)) continue;
      matches.push({ start, end, canonical: digitsOnly(value), score: 0.6 });
    }
    return matches;
  },
};
