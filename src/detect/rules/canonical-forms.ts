import { digitsOnly } from "../char-codes.ts";

/**
 * How a custom rule turns a match into its canonical form, the value behind its placeholder:
 * two spellings with the same canonical form get the same placeholder in a conversation.
 */
export const CANONICAL_FORMS = {
  /** Letters and digits only, upper-cased: "emp-123 456" → "EMP123456" (the default). */
  compact: (value: string) => value.replace(/[^\p{L}\p{N}]+/gu, "").toUpperCase(),
  /** Digits only: "(555) 010-0199" → "5550100199". */
  digits: digitsOnly,
  /** The match as written (after the detector's Unicode normalisation). */
  exact: (value: string) => value,
} as const satisfies Record<string, (value: string) => string>;

/** A canonical form's name, as written in a rule pack. */
export type CanonicalFormName = keyof typeof CANONICAL_FORMS;

/** Every canonical form name, for the rule-pack schema. */
export const CANONICAL_FORM_NAMES = Object.keys(CANONICAL_FORMS) as [CanonicalFormName, ...CanonicalFormName[]];
