import { cellsLabelledBy } from "../context/cells-labelled-by.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { findContextWords } from "../context/find-context-words.ts";
import { type LabelledValueRule, valueAfterLabel } from "../context/value-after-label.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";
import { isDigitCode } from "../char-codes.ts";

const MRN_TERMS = contextPattern([
  "mrn",
  "mr#",
  "mr #",
  "mr no",
  "medical record*",
  "med rec*",
  "med. rec*",
  "chart",
  "patient id*",
  "patient no",
  "patient number",
  "hospital number",
]);
const WHOLE_TOKEN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const HYPHEN = 45;

/** An MRN is 5–12 letters and digits (hyphens aside) with a digit, e.g. 00482913 or E388130232. */
function isMrnShaped(token: string): boolean {
  let length = 0;
  let digits = 0;
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (code !== HYPHEN) length++;
    if (isDigitCode(code)) digits++;
  }
  return length >= 5 && length <= 12 && digits > 0;
}

/** The first MRN-shaped token after a label on the same line, past punctuation and filler words. */
const MRN_VALUE: LabelledValueRule = {
  // Words allowed between the label and the value: "MRN is", "medical record number:", "chart under MRN".
  fillerWords: new Set(["number", "num", "nbr", "no", "id", "is", "under", "mrn", "of", "the", "patient"]),
  isValue: isMrnShaped,
  canonical: (compact) => compact.toUpperCase(),
  score: 0.7,
  // Unlike the default, a comma and a digit after a token do not make it part of a list
  // ("MRN 00482913,2" keeps 00482913), and a backslash is skipped like other punctuation.
  numberMarks: "/.",
  backslashEnds: false,
};

/**
 * Medical record numbers. Their format is each hospital's own, so only context finds them:
 * the first 5–12 character alphanumeric token (with a digit) right after "MRN",
 * "medical record", "med rec", "chart", "patient ID" …, or a cell under such a table header.
 */
export const mrnRecognizer: Recognizer = {
  id: "mrn",
  type: "MRN",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    const text = input.text;
    const terms = findContextWords(input, MRN_TERMS);
    for (const term of terms) {
      const value = valueAfterLabel(text, term.end, MRN_VALUE);
      // "Chart under MRN 123456" reaches the same value twice; keep it once.
      if (value && value.start !== matches[matches.length - 1]?.start) matches.push(value);
    }
    // A column header is part of the text too: no MRN word anywhere, no MRN column.
    if (terms.length === 0) return matches;
    const found = new Set(matches.map((match) => match.start));
    for (const cell of cellsLabelledBy(input, MRN_TERMS)) {
      const token = text.slice(cell.start, cell.end);
      if (found.has(cell.start) || !isMrnShaped(token) || !WHOLE_TOKEN.test(token)) continue;
      matches.push({ start: cell.start, end: cell.end, canonical: MRN_VALUE.canonical(token.replace(/-/g, "")), score: MRN_VALUE.score });
    }
    return matches.sort((left, right) => left.start - right.start);
  },
};
