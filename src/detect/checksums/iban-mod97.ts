/**
 * ISO 7064 MOD 97-10 remainder of an IBAN given upper-case, separator-free: the first four
 * characters move to the end and letters count as 10–35. A valid IBAN leaves 1.
 * Returns -1 when a character is neither an ASCII digit nor an upper-case letter.
 */
export function ibanMod97(compactIban: string): number {
  const length = compactIban.length;
  // Read in place from the fifth character round to the fourth: no rearranged copy is built.
  // Four characters or fewer stay in order.
  const first = length > 4 ? 4 : 0;
  let remainder = 0;
  for (let step = 0; step < length; step++) {
    const code = compactIban.charCodeAt((step + first) % length);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else if (code >= 65 && code <= 90) {
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      return -1;
    }
  }
  return remainder;
}
