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

/**
 * An entity label a rule pack defines for its own data, e.g. "EMPLOYEE_ID". It fits the
 * placeholder grammar ([A-Z][A-Z0-9_]{0,23}); only the rule-pack schema makes one.
 */
export type CustomEntityType = string & { readonly __brand: "CustomEntityType" };

/**
 * What the proxy does with a finding: swap it for a placeholder restored in the answer
 * (`tokenize`, the default), replace it for good (`mask`), refuse the request (`block`),
 * or let it through (`allow`). The detector only reports it; the policy acts on it.
 */
export type FindingAction = "tokenize" | "mask" | "block" | "allow";

/** Every finding action, the default first. */
export const FINDING_ACTIONS: readonly FindingAction[] = ["tokenize", "mask", "block", "allow"];

/** One detected value, located in the text exactly as the caller passed it. */
export interface Finding {
  /** A built-in entity type, or a rule pack's own label (see `CustomEntityType`). */
  type: EntityType | CustomEntityType;
  /** UTF-16 offset in the original text (before normalisation). */
  start: number;
  /** Exclusive UTF-16 end offset in the original text. */
  end: number;
  /**
   * Separator-free normal form, equal for every spelling of the same value: digits only for
   * numeric ids, lower-case email, upper-case IBAN/MRN without spaces, E.164 phone when the
   * country is known, ISO 8601 date of birth, RFC 5952 IPv6, lower-case street address.
   */
  canonical: string;
  /** Confidence, 0..1. Overlapping candidates are resolved by score, then by span length. */
  score: number;
  /** Id of the recognizer that produced it, e.g. "us-ssn"; a rule pack's rule is "<pack id>/<rule id>". */
  rule: string;
  /** What to do with it, set by the rule packs. The detector always sets it; absent means "tokenize". */
  action?: FindingAction;
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
  /**
   * What several recognizers derive from this text (lower-cased text, keyword positions,
   * table cells), worked out once on first use and kept for this input only. See `derived`.
   */
  readonly facts: Map<object, unknown>;
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
