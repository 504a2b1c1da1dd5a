const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether year/month/day name a real calendar day (Gregorian, leap years included) in
 * 1850–2099, the range in which a date of birth can be written today.
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1850 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}
