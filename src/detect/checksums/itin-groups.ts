import { areDigitsAt } from "../char-codes.ts";

/**
 * Whether nine ASCII digits can be a US Individual Taxpayer Identification Number: IRS
 * ITINs start with 9, and their middle two digits (the "group") are 50–65, 70–88, 90–92
 * or 94–99. Everything else starting with 9 is neither an ITIN nor an SSN.
 */
export function isItinValid(digits: string): boolean {
  if (digits.length !== 9 || digits.charCodeAt(0) !== 57 || !areDigitsAt(digits, 1, 8)) return false;
  const group = Number(digits.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}
