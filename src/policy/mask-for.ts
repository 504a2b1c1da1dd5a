import { placeholderLengthAt } from "../vault/placeholder-format.ts";

/**
 * The irreversible stand-in for a masked value: `[TYPE]`. It never matches the placeholder
 * grammar (no `_TAG` of six tag characters), so the answer's restorer never turns it back
 * into a value; a type whose name happens to end like a tag gets a `*` to break the match.
 */
export function maskFor(type: string): string {
  const mask = `[${type}]`;
  return placeholderLengthAt(mask, 0) === 0 ? mask : `[${type}*]`;
}
