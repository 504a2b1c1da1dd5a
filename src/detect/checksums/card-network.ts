/** Payment card networks recognised by their issuer identification number (IIN) prefix. */
export type CardNetwork = "VISA" | "MASTERCARD" | "AMEX" | "DISCOVER" | "JCB" | "DINERS" | "UNIONPAY";

/**
 * The card network for a string of 13–19 ASCII digits, judged by IIN prefix and length,
 * or null when no known network issues such a number. The Luhn check is separate.
 */
export function cardNetwork(digits: string): CardNetwork | null {
  return digits.length < 4 ? null : cardNetworkOfPrefix(Number(digits.slice(0, 4)), digits.length);
}

/**
 * `cardNetwork` for a number of `length` digits whose first four digits, read as a number,
 * are `firstFour` (so "0412…" gives 412).
 */
export function cardNetworkOfPrefix(firstFour: number, length: number): CardNetwork | null {
  const two = Math.floor(firstFour / 100);
  const three = Math.floor(firstFour / 10);
  const four = firstFour;
  if (firstFour >= 4000 && firstFour <= 4999) return length === 13 || length === 16 || length === 19 ? "VISA" : null;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return length === 16 ? "MASTERCARD" : null;
  if (two === 34 || two === 37) return length === 15 ? "AMEX" : null;
  if (four === 6011 || (three >= 644 && three <= 649) || two === 65) {
    return length >= 16 && length <= 19 ? "DISCOVER" : null;
  }
  if (four >= 3528 && four <= 3589) return length >= 16 && length <= 19 ? "JCB" : null;
  if ((three >= 300 && three <= 305) || two === 36 || two === 38 || two === 39) {
    return length >= 14 && length <= 19 ? "DINERS" : null;
  }
  if (two === 62) return length >= 16 && length <= 19 ? "UNIONPAY" : null;
  return null;
}
