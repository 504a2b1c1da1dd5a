/**
 * Classes of personal data, the unit vendor clearances and tenant policies speak in.
 * `restricted` is where entity types without a class of their own land (e.g. a custom rule
 * pack's type): no vendor receives it unless its file lists it explicitly.
 */
export const DATA_CLASSES = ["phi", "financial", "contact", "government_id", "identity", "restricted"] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/**
 * What a vendor file that lists no `dataClasses` is cleared for: every class except the two
 * that need an explicit decision (`phi`, which also needs a HIPAA BAA, and `restricted`).
 */
export const DEFAULT_VENDOR_DATA_CLASSES: readonly DataClass[] = ["financial", "contact", "government_id", "identity"];
