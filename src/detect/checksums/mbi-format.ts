// CMS excludes S, L, O, I, B and Z from MBIs, so they are never mistaken for digits.
const LETTER = "[AC-HJKMNP-RT-Y]";
const LETTER_OR_DIGIT = "[AC-HJKMNP-RT-Y0-9]";
const MBI = new RegExp(
  `^[1-9]${LETTER}${LETTER_OR_DIGIT}\\d${LETTER}${LETTER_OR_DIGIT}\\d${LETTER}${LETTER}\\d\\d$`,
);

/**
 * Whether eleven upper-case characters follow the Medicare Beneficiary Identifier format
 * (CMS MBI specification): position 1 a digit 1–9; 2, 5, 8 and 9 letters; 3 and 6 letters
 * or digits; 4, 7, 10 and 11 digits; letters never S, L, O, I, B or Z. The MBI carries no
 * check digit, so the position rules are the whole validation.
 */
export function isMbiValid(compact: string): boolean {
  return MBI.test(compact);
}
