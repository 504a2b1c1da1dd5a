/**
 * Regex source for an English month name, full or abbreviated ("March", "Mar", "Sept"),
 * to be compiled case-insensitively. Longer spellings come first within each alternative.
 */
export const MONTH_NAME_SOURCE =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The month number (1–12) of a name matched by `MONTH_NAME_SOURCE`, or 0. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
