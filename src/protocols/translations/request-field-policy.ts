import type { JsonObject } from "../anthropic-messages/json-value.ts";
import { quotedName } from "./quoted-name.ts";

/**
 * How a translation treats one top-level field of the caller's request:
 * - `"translated"`: carried over (the translation code reads it);
 * - `"dropped"`: left out on purpose, because it is a hint whose absence does not change
 *   the answer's meaning or shape (storage, billing tier, caching);
 * - `{ refused }`: answered with a 400 naming the field, unless `allowed(value)` says this
 *   value is one the vendor's protocol means anyway (e.g. `n: 1`).
 */
export type FieldPolicy = "translated" | "dropped" | { readonly refused: string; readonly allowed?: (value: unknown) => boolean };

/**
 * Checks every top-level field of `request` that holds a value (null counts as absent)
 * against `policies`. Returns why the request cannot be translated: the first refused
 * field, or every field no policy names (an unknown field is refused, since we cannot
 * know what it would have changed). Returns undefined when everything is accounted for.
 */
export function checkRequestFields(request: JsonObject, policies: Readonly<Record<string, FieldPolicy>>): string | undefined {
  const unknown: string[] = [];
  for (const [field, value] of Object.entries(request)) {
    if (value === null || value === undefined) continue;
    const policy = policies[field];
    if (policy === undefined) {
      unknown.push(field);
      continue;
    }
    if (typeof policy === "object" && !(policy.allowed?.(value) ?? false)) return `'${field}': ${policy.refused}`;
  }
  if (unknown.length === 0) return undefined;
  const names = unknown.map(quotedName).join(", ");
  return `${unknown.length === 1 ? "the field" : "the fields"} ${names} ${unknown.length === 1 ? "has" : "have"} no translation.`;
}

/** An `allowed` test that accepts only the given neutral values (`0`, `false`, `1`…). */
export function isOneOf(...neutral: readonly unknown[]): (value: unknown) => boolean {
  return (value) => neutral.includes(value);
}
