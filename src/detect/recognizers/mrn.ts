import { cellsLabelledBy } from "../context/cells-labelled-by.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { findContextWords } from "../context/find-context-words.ts";
import { continuesAsNumberAt, runsOnAt } from "../context/token-edges.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";
import { isAsciiAlphanumericCode, isDigitCode } from "../char-codes.ts";

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
// Words allowed between the label and the value: "MRN is", "medical record number:", "chart under MRN".
const FILLER_WORDS = new Set(["number", "num", "nbr", "no", "id", "is", "under", "mrn", "of", "the", "patient"]);
// Letters and digits, possibly in hyphen-joined groups ("A-12345", "00-482-913"); bounded,
// and a token that runs on past the bound is rejected below rather than cut.
const TOKEN = /[A-Za-z0-9]{1,20}(?:-[A-Za-z0-9]{1,12}){0,5}/y;
const WHOLE_TOKEN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const MAX_GAP = 30;
const HYPHEN = 45;
const LINE_FEED = 10;

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

/** The first MRN-shaped token after `from` on the same line, skipping punctuation and filler words. */
function valueAfter(text: string, from: number): RecognizerMatch | null {
  let index = from;
  while (index < text.length && index - from <= MAX_GAP) {
    const code = text.charCodeAt(index);
    if (code === LINE_FEED) return null;
    if (!isAsciiAlphanumericCode(code)) {
      index++;
      continue;
    }
    TOKEN.lastIndex = index;
    const token = TOKEN.exec(text)?.[0] ?? "";
    const end = index + token.length;
    if (runsOnAt(text, end)) return null;
    if (isMrnShaped(token) && !continuesAsNumberAt(text, end, "/.")) {
      return { start: index, end, canonical: token.replace(/-/g, "").toUpperCase(), score: 0.7 };
    }
    if (!FILLER_WORDS.has(token.toLowerCase())) return null;
    index = end;
  }
  return null;
}

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
      const value = valueAfter(text, term.end);
      // "Chart under MRN 123456" reaches the same value twice; keep it once.
      if (value && value.start !== matches[matches.length - 1]?.start) matches.push(value);
    }
    // A column header is part of the text too: no MRN word anywhere, no MRN column.
    if (terms.length === 0) return matches;
    const found = new Set(matches.map((match) => match.start));
    for (const cell of cellsLabelledBy(input, MRN_TERMS)) {
      const token = text.slice(cell.start, cell.end);
      if (found.has(cell.start) || !isMrnShaped(token) || !WHOLE_TOKEN.test(token)) continue;
      matches.push({ start: cell.start, end: cell.end, canonical: token.replace(/-/g, "").toUpperCase(), score: 0.7 });
    }
    return matches.sort((left, right) => left.start - right.start);
  },
};
