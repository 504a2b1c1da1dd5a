/**
 * Canonical JSON, the exact bytes the audit chain hashes and signs.
 *
 * The rules follow RFC 8785 (JSON Canonicalization Scheme) for the values an audit entry
 * can hold:
 * - object keys sorted by UTF-16 code units (JavaScript's default string order), at every depth;
 * - no whitespace between tokens;
 * - strings and finite numbers written exactly as `JSON.stringify` writes them (which is
 *   JCS's ECMAScript number form and minimal string escaping);
 * - keys whose value is `undefined` are left out, as `JSON.stringify` does; `undefined`
 *   inside an array, a non-finite number, a bigint or a function is an error, because
 *   two readers could disagree on it.
 *
 * Two records with the same content therefore always give the same text, whichever order
 * their fields were set in, and a verifier in another language can rebuild it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case "object":
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}

function canonicalArray(items: readonly unknown[]): string {
  let text = "[";
  for (let index = 0; index < items.length; index++) {
    if (items[index] === undefined) throw new TypeError("canonicalJson: undefined inside an array");
    text += (index === 0 ? "" : ",") + canonicalJson(items[index]);
  }
  return `${text}]`;
}

function canonicalObject(object: Record<string, unknown>): string {
  if (typeof (object as { toJSON?: unknown }).toJSON === "function") return canonicalJson((object as { toJSON(): unknown }).toJSON());
  const keys = Object.keys(object).sort();
  let text = "{";
  let first = true;
  for (const key of keys) {
    const child = object[key];
    if (child === undefined) continue;
    text += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(child)}`;
    first = false;
  }
  return `${text}}`;
}
