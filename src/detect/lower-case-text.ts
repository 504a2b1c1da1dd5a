import type { NormalizedText } from "./types.ts";
import { derived } from "./derived.ts";

function lowerCaseOf(input: NormalizedText): string | null {
  const lower = input.text.toLowerCase();
  // A few capitals lower-case to two characters ("İ"); offsets would drift, so callers fall back.
  return lower.length === input.text.length ? lower : null;
}

/**
 * The input's text lower-cased, with the same offsets, for fast case-insensitive literal
 * search (`indexOf` instead of an /i regex); null in the rare text where lengths differ.
 */
export function lowerCaseText(input: NormalizedText): string | null {
  return derived(input, lowerCaseOf);
}
