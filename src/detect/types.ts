/** The kinds of personal data the detector knows. A later slice adds more; keep the union closed. */
export type EntityType =
  | "US_SSN"
  | "CREDIT_CARD"
  | "ABA_ROUTING"
  | "US_BANK_ACCOUNT"
  | "IBAN"
  | "MRN"
  | "NPI"
  | "US_ITIN"
  | "SWIFT_BIC"
  | "DEA"
  | "MBI"
  | "UK_NHS"
  | "HEALTH_PLAN_ID"
  | "IP_ADDRESS"
  | "DATE_OF_BIRTH"
  | "STREET_ADDRESS"
  | "US_PASSPORT"
  | "US_DRIVER_LICENSE"
  | "EMAIL"
  | "PHONE"
  | "PERSON";

/** Every entity type, in a stable order (useful for option validation and reports). */
export const ENTITY_TYPES: readonly EntityType[] = [
  "US_SSN",
  "CREDIT_CARD",
  "ABA_ROUTING",
  "US_BANK_ACCOUNT",
  "IBAN",
  "MRN",
  "NPI",
  "US_ITIN",
  "SWIFT_BIC",
  "DEA",
  "MBI",
  "UK_NHS",
  "HEALTH_PLAN_ID",
  "IP_ADDRESS",
  "DATE_OF_BIRTH",
  "STREET_ADDRESS",
  "US_PASSPORT",
  "US_DRIVER_LICENSE",
  "EMAIL",
  "PHONE",
  "PERSON",
];

/** One detected value, located in the text exactly as the caller passed it. */
export interface Finding {
  type: EntityType;
  /** UTF-16 offset in the original text (before normalisation). */
  start: number;
  /** Exclusive UTF-16 end offset in the original text. */
  end: number;
  /**
   * Separator-free normal form, equal for every spelling of the same value: digits only for
   * numeric ids, lower-case email, upper-case IBAN/MRN without spaces, E.164 phone when the
   * country is known.
   */
  canonical: string;
  /** Confidence, 0..1. Overlapping candidates are resolved by score, then by span length. */
  score: number;
  /** Id of the recognizer that produced it, e.g. "us-ssn". */
  rule: string;
}

/**
 * Text after normalisation (NFKC, Unicode dashes and spaces folded, zero-width characters
 * removed), with a map from normalised offsets back to the original text.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Original offset where the character at normalised `index` starts. */
  originalStart(index: number): number;
  /** Original exclusive end of the span whose normalised exclusive end is `index`. */
  originalEnd(index: number): number;
}

/** A recognizer's raw hit, in normalised offsets; the detector maps it back and names it. */
export interface RecognizerMatch {
  start: number;
  end: number;
  canonical: string;
  score: number;
}

/** Finds one entity type. Recognizers are pure and stateless, so one instance serves every request. */
export interface Recognizer {
  readonly id: string;
  readonly type: EntityType;
  find(input: NormalizedText): RecognizerMatch[];
}
