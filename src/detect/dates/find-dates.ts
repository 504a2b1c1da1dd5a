import type { TextRange } from "../context/context-ranges.ts";
import { matchesInRanges } from "../context/matches-in-ranges.ts";
import { isValidDay } from "./is-valid-day.ts";
import { MONTH_NAME_SOURCE, monthNumber } from "./month-number.ts";

/** A calendar date written somewhere in a text, [start, end), and the day it names. */
export interface FoundDate {
  start: number;
  end: number;
  /** ISO 8601 form, "1990-03-14". */
  iso: string;
}

// Numbers joined by one separator used twice: 1990-03-14, 03/14/1990, 14.03.1990, 3/14/90.
// Not inside a longer number, a path or a timestamp ("1990-03-14T…" ends in a letter).
const NUMERIC = /\d(?<![\w/.-]\d)\d{0,3}([/.-])\d{1,2}\1\d{2,4}(?!\w|[/.:-]\d)/g;
const ORDINAL = "(?:st|nd|rd|th)?";
// "March 14, 1990", "Mar. 14 1990", "Sept 4th, 1987".
const MONTH_FIRST = new RegExp(
  `(?<![A-Za-z])(${MONTH_NAME_SOURCE})\\.?[ -]?(\\d{1,2})${ORDINAL}(?:, ?|[ -])(\\d{4})(?!\\w|[.:/-]\\d)`,
  "gi",
);
// "14 March 1990", "14th of March, 1990", "14-Mar-1990", "5 Mar. 1941", and with a
// two-digit year as clinical systems print it: "09-MAR-85", "9 Mar 85" (not "3 September 16,
// 1992", where the two digits are the day of a month-first date).
const DAY_FIRST = new RegExp(
  `\\d(?<![\\w.]\\d)(\\d?)${ORDINAL}(?: of)?[ .-]?(${MONTH_NAME_SOURCE})\\.?(?:, ?|[ .-])(\\d{4}|\\d{2}(?!,))(?!\\w|[.:/-]\\d)`,
  "gi",
);
// Year, month and day run together, as exports and HL7 write them: "19900314". Only a year
// from 1900 to 2099 (checked in code; the pattern opens on a digit class so the engine skips
// ahead), so most eight-digit numbers are not dates.
const COMPACT = /[12](?<![\w.\-/][12])[09]\d{6}(?![\w]|[.\-/]\d)/g;

/** A two-digit year read as the latest year not after this one ("90" → 1990, "05" → 2005). */
function fullYear(year: number, digits: number): number {
  if (digits === 4) return year;
  const thisYear = new Date().getUTCFullYear();
  const candidate = thisYear - (thisYear % 100) + year;
  return candidate > thisYear ? candidate - 100 : candidate;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** The number written in digits at text[start, end). */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/**
 * The date a numeric spelling at text[start, end) names, its parts joined by `separator`:
 * year first, else month first (US), else day first.
 */
function numericDate(text: string, start: number, end: number, separator: string): string | null {
  const firstEnd = text.indexOf(separator, start);
  const secondEnd = text.indexOf(separator, firstEnd + 1);
  const firstDigits = firstEnd - start;
  const thirdDigits = end - secondEnd - 1;
  const first = digitsValue(text, start, firstEnd);
  const second = digitsValue(text, firstEnd + 1, secondEnd);
  const third = digitsValue(text, secondEnd + 1, end);
  if (firstDigits === 4) return thirdDigits <= 2 && isValidDay(first, second, third) ? iso(first, second, third) : null;
  if (firstDigits > 2 || thirdDigits === 3) return null;
  const year = fullYear(third, thirdDigits);
  if (isValidDay(year, first, second)) return iso(year, first, second);
  if (isValidDay(year, second, first)) return iso(year, second, first);
  return null;
}

/**
 * Every calendar date in `text` (or starting in `ranges` of it) written in a common way:
 * numeric (ISO year first, US month first, or day first when the month-first reading is
 * impossible, with "/", "-" or "." and two- or four-digit years; or "19900314" run
 * together) or with an English month name before or after the day (a day-first one may
 * have a two-digit year: "09-MAR-85"). Impossible days (31 April, 29 February 1900) are not
 * dates. Sorted by start, disjoint.
 */
export function findDates(text: string, ranges: readonly TextRange[] = [{ start: 0, end: text.length }]): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const match of matchesInRanges(NUMERIC, text, ranges)) {
    const end = match.index + match[0].length;
    const date = numericDate(text, match.index, end, match[1] ?? "");
    if (date) dates.push({ start: match.index, end, iso: date });
  }
  for (const match of matchesInRanges(COMPACT, text, ranges)) {
    const year = digitsValue(text, match.index, match.index + 4);
    if (year < 1900 || year > 2099) continue;
    const month = digitsValue(text, match.index + 4, match.index + 6);
    const day = digitsValue(text, match.index + 6, match.index + 8);
    if (isValidDay(year, month, day)) dates.push({ start: match.index, end: match.index + 8, iso: iso(year, month, day) });
  }
  for (const [pattern, monthGroup, dayGroup] of [
    [MONTH_FIRST, 1, 2],
    [DAY_FIRST, 2, 0],
  ] as const) {
    for (const match of matchesInRanges(pattern, text, ranges)) {
      const month = monthNumber(match[monthGroup] ?? "");
      // DAY_FIRST's first digit is outside its groups (so the engine can skip ahead to digits).
      const day = Number(dayGroup === 0 ? `${match[0][0]}${match[1] ?? ""}` : match[dayGroup]);
      const yearDigits = match[3] ?? "";
      const year = fullYear(Number(yearDigits), yearDigits.length);
      if (!isValidDay(year, month, day)) continue;
      dates.push({ start: match.index, end: match.index + match[0].length, iso: iso(year, month, day) });
    }
  }
  dates.sort((left, right) => left.start - right.start);
  const disjoint: FoundDate[] = [];
  for (const date of dates) if (date.start >= (disjoint[disjoint.length - 1]?.end ?? 0)) disjoint.push(date);
  return disjoint;
}
