/**
 * Valid PII used across the end-to-end tests. Every value passes its checksum, so a detector
 * that lets one through is really leaking. Each is written in a sentence with its context.
 */
export const PII = {
  ssn: "536-22-1234",
  card: "4111 1111 1111 1111",
  mastercard2: "2223-0031-2200-3222",
  routing: "021000021",
  account: "4830012257",
  iban: "DE89 3704 0044 0532 0130 00",
  mrn: "00482913",
  npi: "1234567893",
  email: "jane.doe@example.com",
  phone: "+1 415-867-5309",
} as const;

export const PII_VALUES: readonly string[] = Object.values(PII);

/** A prompt that carries every sample with the context words a reader would expect. */
export const PII_PROMPT = [
  `My SSN is ${PII.ssn} and my card is ${PII.card} (backup card ${PII.mastercard2}).`,
  `Wire it to routing number ${PII.routing}, account number ${PII.account}, or IBAN ${PII.iban}.`,
  `Patient MRN ${PII.mrn}, referring provider NPI ${PII.npi}.`,
  `Reach me at ${PII.email} or ${PII.phone}.`,
].join("\n");

const fold = (text: string) => text.replace(/[^0-9A-Za-z@]/g, "").toUpperCase();

/**
 * The values that can still be read in `text` in any spelling: as written, in another case,
 * or with their separators changed or removed (runs of letters and digits joined by single
 * spaces, dashes or dots are compared with the separators taken out).
 */
export function leakedIn(text: string, values: readonly string[]): string[] {
  const runs = (text.normalize("NFKC").match(/[0-9A-Za-z@](?:[ \-.\u2010-\u2015\u200b]?[0-9A-Za-z@])*/g) ?? []).map(fold);
  const lower = text.toLowerCase();
  return values.filter((value) => lower.includes(value.toLowerCase()) || runs.some((run) => run.includes(fold(value))));
}
