import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { mentions } from "../context/find-context-words.ts";
import { digitsOnly } from "../digits-only.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// 4–17 digits, optionally grouped by single spaces or dashes, standing alone: not glued to
// letters, not an amount ($1,234.56), not a decimal, not part of a longer number.
const ACCOUNT_SHAPE = /\d(?<![\w$€£.,/-]\d)(?:[- ]?\d){3,16}(?![\w]|[.,/-]\d)/g;
// Grouped like a date (2024-01-31, 01-31-2024): never an account number.
const DATE_SHAPE = /^(?:\d{4}[- ]\d{1,2}[- ]\d{1,2}|\d{1,2}[- ]\d{1,2}[- ]\d{4})$/;

const ACCOUNT_CONTEXT: ContextRule = {
  pattern: contextPattern(["account*", "acct*", "a/c", "checking", "savings", "bank no", "bank number"]),
  before: 40,
  after: 0,
};

// Short values (4–5 digits, e.g. "acct ending 1234") must follow their label closely.
const SHORT_ACCOUNT_CONTEXT: ContextRule = { ...ACCOUNT_CONTEXT, before: 16 };

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
 * "a/c", "checking", "savings") or before a MICR on-us symbol. Without context a run of
 * digits is just a number. Scores low, so any stronger type claiming the span wins.
 */
export const usBankAccountRecognizer: Recognizer = {
  id: "us-bank-account",
  type: "US_BANK_ACCOUNT",
  find(input: NormalizedText): RecognizerMatch[] {
    const text = input.text;
    // No account word anywhere (headers included) and no MICR line: skip the scan.
    if (!mentions(input, ACCOUNT_CONTEXT.pattern) && !text.includes("⑈")) return [];
    const matches: RecognizerMatch[] = [];
    ACCOUNT_SHAPE.lastIndex = 0;
    for (let match = ACCOUNT_SHAPE.exec(text); match; match = ACCOUNT_SHAPE.exec(text)) {
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
