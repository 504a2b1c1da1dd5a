import { areDigitsAt } from "../char-codes.ts";

const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1];

/**
 * Whether nine ASCII digits form a valid ABA routing transit number: the 3-7-1 weighted
 * checksum, 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10), and a Federal Reserve
 * prefix (00–12 banks, 21–32 thrifts, 61–72 electronic, 80 traveler's cheques).
 */
export function isAbaRoutingValid(digits: string): boolean {
  if (digits.length !== 9 || !areDigitsAt(digits, 0, 9)) return false;
  const prefix = (digits.charCodeAt(0) - 48) * 10 + (digits.charCodeAt(1) - 48);
  const prefixValid = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!prefixValid) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (WEIGHTS[index] ?? 0);
  return sum % 10 === 0;
}
