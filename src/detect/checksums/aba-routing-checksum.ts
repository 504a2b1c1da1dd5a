/**
 * Whether nine ASCII digits form a valid ABA routing transit number: the 3-7-1 weighted
 * checksum, 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10), and a Federal Reserve
 * prefix (00–12 banks, 21–32 thrifts, 61–72 electronic, 80 traveler's cheques).
 */
export function isAbaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const prefix = Number(digits.slice(0, 2));
  const prefixValid = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!prefixValid) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (weights[index] ?? 0);
  return sum % 10 === 0;
}
