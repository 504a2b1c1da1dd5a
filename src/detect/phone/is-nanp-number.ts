import { areDigitsAt } from "../char-codes.ts";

/**
 * Whether ten digits can be a North American Numbering Plan number: area code and exchange
 * both start with 2–9, and the area code is not an N11 service code (211 … 911).
 */
export function isNanpNumber(tenDigits: string): boolean {
  if (tenDigits.length !== 10 || !areDigitsAt(tenDigits, 0, 10)) return false;
  const areaStart = tenDigits.charCodeAt(0);
  const exchangeStart = tenDigits.charCodeAt(3);
  const isN11 = tenDigits.charCodeAt(1) === 49 && tenDigits.charCodeAt(2) === 49;
  return areaStart >= 50 && exchangeStart >= 50 && !isN11;
}
