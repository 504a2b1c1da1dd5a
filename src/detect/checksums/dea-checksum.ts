import { areDigitsAt, isAsciiUpperCode } from "../char-codes.ts";

const NINE = 57;

/**
 * First letters of DEA registration numbers, by registrant type: A, B, F and G for
 * practitioners (older series first), M for mid-level practitioners, X for opioid-treatment
 * prescribers, and C, D, E, H, J, K, L, P, R, S, T, U for hospitals, teaching institutions,
 * manufacturers, distributors, importers, exporters, researchers, labs and clinics.
 */
const REGISTRANT_TYPES = new Set("ABCDEFGHJKLMPRSTUX");

/**
 * Whether nine characters form a valid DEA registration number: a registrant-type letter,
 * a second letter (the registrant's last initial) or "9", then seven digits whose last is
 * the check digit: (d1 + d3 + d5) + 2 × (d2 + d4 + d6), last digit. Upper case expected.
 */
export function isDeaValid(value: string): boolean {
  if (value.length !== 9 || !isAsciiUpperCode(value.charCodeAt(0)) || !areDigitsAt(value, 2, 7)) return false;
  const second = value.charCodeAt(1);
  if (!isAsciiUpperCode(second) && second !== NINE) return false;
  if (!REGISTRANT_TYPES.has(value[0] ?? "")) return false;
  // Digits are read in place: a helper closure here would be re-created (and, under tsx, renamed) on every call.
  const odd = value.charCodeAt(2) + value.charCodeAt(4) + value.charCodeAt(6) - 3 * 48;
  const even = value.charCodeAt(3) + value.charCodeAt(5) + value.charCodeAt(7) - 3 * 48;
  return (odd + 2 * even) % 10 === value.charCodeAt(8) - 48;
}
