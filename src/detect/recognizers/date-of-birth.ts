import { columnHeaderAt } from "../context/column-header-at.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { contextRanges } from "../context/context-ranges.ts";
import { type ContextWord, findContextWords, mentions } from "../context/find-context-words.ts";
import { type FoundDate, findDates } from "../dates/find-dates.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// "birth*" covers "date of birth", "birthdate", "birth_date" and "dateOfBirth", so "date"
// alone never triggers. Forms and letters pasted from Europe keep their own labels:
// "Geburtsdatum", "geb.", "date de naissance", "né le", "fecha de nacimiento", "data di
// nascita", "geboortedatum", "data de nascimento".
const BIRTH_TERMS = contextPattern([
  "dob",
  "d.o.b",
  "d/o/b",
  "birth*",
  "born",
  "bday",
  "b'day",
  "geburtsdatum",
  "geburtstag",
  "geb",
  "geboren",
  "geboortedatum",
  "naissance",
  "né le",
  "née le",
  "nacimiento",
  "nacido",
  "nacida",
  "nascita",
  "nato il",
  "nata il",
  "nascimento",
  "nascido",
  "nascida",
]);
// A label may be followed by a few words ("date of birth on file is"), not by a sentence.
const MAX_GAP_AFTER_LABEL = 32;
const MAX_GAP_BEFORE_LABEL = 4;
const LONGEST_DATE = "September 30th, 1990".length;
const SENTENCE_BREAK = /[!?;]|\.\s+[A-Z]/;
// The only words that may stand between a label and its date: "date of birth on file is",
// "birth_date", "DOB (mm/dd/yyyy)". Anything else ("born in Ohio, hired …") is another clause.
const FILLER_WORDS = new Set(
  "on is was in of the my her his their your date day file record recorded listed as reads mm dd yyyy yy yyyymmdd format am le el il em op".split(
    " ",
  ),
);
const GAP_WORD = /[A-Za-z]+/g;
const LABEL_ALONE_ON_LINE = /^[^A-Za-z0-9\n]*\n[ \t]*$/;
const BEFORE_LABEL = /^[\s(,:-]*$/;

/** Whether `word` labels `date`, which follows it with no other date in between. */
function labelsFollowingDate(text: string, word: ContextWord, date: FoundDate, previous: FoundDate | undefined): boolean {
  if (date.start - word.end > MAX_GAP_AFTER_LABEL) return false;
  if (previous && previous.start >= word.end) return false;
  const gap = text.slice(word.end, date.start);
  if (gap.includes("\n") && !LABEL_ALONE_ON_LINE.test(gap)) return false;
  if ((gap.match(GAP_WORD) ?? []).some((gapWord) => !FILLER_WORDS.has(gapWord.toLowerCase()))) return false;
  // "D.O.B. Dec 22" is a label's own full stop; a break needs words between label and date.
  return !/[A-Za-z]/.test(gap) || !SENTENCE_BREAK.test(gap + (text[date.start] ?? ""));
}

/** How many of the (sorted) words end at or before `offset`. */
function wordsEndingBy(words: readonly ContextWord[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Dates of birth: a date in any common spelling (see `findDates`) that a birth word labels —
 * "DOB", "D.O.B.", "date of birth", "birthdate", "born on", "birthDate" … — just before it
 * with no other date in between, right after it ("1990-03-14 (DOB)"), or as its table
 * column's header. Every other date (invoices, timestamps, releases) is left alone.
 */
export const dateOfBirthRecognizer: Recognizer = {
  id: "date-of-birth",
  type: "DATE_OF_BIRTH",
  find(input: NormalizedText): RecognizerMatch[] {
    // Most texts never mention a birth word: answered from the shared keyword walk alone.
    if (!mentions(input, BIRTH_TERMS)) return [];
    const text = input.text;
    const words = findContextWords(input, BIRTH_TERMS);
    // Dates are read only near birth words and in birth columns, not all over the text.
    const ranges = contextRanges(input, BIRTH_TERMS, words, LONGEST_DATE + MAX_GAP_BEFORE_LABEL, MAX_GAP_AFTER_LABEL + 1);
    const dates = ranges.length === 0 ? [] : findDates(text, ranges);
    if (dates.length === 0) return [];
    const matches: RecognizerMatch[] = [];
    dates.forEach((date, index) => {
      const count = wordsEndingBy(words, date.start);
      const before = words[count - 1];
      const after = words[count];
      const labelled =
        (before !== undefined && labelsFollowingDate(text, before, date, dates[index - 1])) ||
        (after !== undefined &&
          after.start >= date.end &&
          after.start - date.end <= MAX_GAP_BEFORE_LABEL &&
          BEFORE_LABEL.test(text.slice(date.end, after.start))) ||
        BIRTH_TERMS.regex.test(columnHeaderAt(input, date.start) ?? "");
      if (labelled) matches.push({ start: date.start, end: date.end, canonical: date.iso, score: 0.75 });
    });
    return matches;
  },
};
