/**
 * ISO 7064 MOD 97-10 remainder of an IBAN given upper-case, separator-free: the first four
 * characters move to the end and letters count as 10–35. A valid IBAN leaves 1.
 * Returns -1 when a character is neither an ASCII digit nor an upper-case letter.
 */
export function ibanMod97(compactIban: string): number {
  const rearranged = compactIban.slice(4) + compactIban.slice(0, 4);
  let remainder = 0;
  for (let index = 0; index < rearranged.length; index++) {
    const code = rearranged.charCodeAt(index);
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
