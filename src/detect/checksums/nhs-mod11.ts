import { areDigitsAt } from "../char-codes.ts";

/**
 * Whether ten ASCII digits form a valid NHS number (England, Wales, Isle of Man): the
 * first nine digits weighted 10 down to 2, the check digit is 11 minus the sum mod 11
 * (11 becomes 0; a result of 10 is never issued). Catches every single-digit error and
 * every transposition of adjacent digits.
 */
export function isNhsNumberValid(digits: string): boolean {
  if (digits.length !== 10 || !areDigitsAt(digits, 0, 10)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}
