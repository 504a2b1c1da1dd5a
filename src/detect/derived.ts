import type { NormalizedText } from "./types.ts";

/**
 * `derive(input)`, worked out once per input and shared by every recognizer that asks:
 * the function itself is the key, so each derivation needs no registration.
 */
export function derived<T>(input: NormalizedText, derive: (input: NormalizedText) => T): T {
  const known = input.facts.get(derive);
  if (known !== undefined || input.facts.has(derive)) return known as T;
  const value = derive(input);
  input.facts.set(derive, value);
  return value;
}
