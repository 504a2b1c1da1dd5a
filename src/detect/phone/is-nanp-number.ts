/**
 * Whether ten digits can be a North American Numbering Plan number: area code and exchange
 * both start with 2–9, and the area code is not an N11 service code (211 … 911).
 */
export function isNanpNumber(tenDigits: string): boolean {
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(tenDigits)) return false;
  return tenDigits.slice(1, 3) !== "11";
}
