const SPACE_OR_QUOTE = new Set([" ", "\t", '"', "'", "`", "*"]);
const LABEL_CHARACTER = /[\p{L}\p{N} _#/()-]/u;
const MAX_LABEL = 40;

/**
 * The field label right before `position` on its line, or null: the text before a colon,
 * an equals sign or a spaced dash, as in `Name: X`, `"customer_name": "X"`, `name=X`,
 * `First name:\tX`, `**Payee:** X` and `Employee - X`. Stops at a pipe, comma, brace or quote.
 */
export function labelBefore(text: string, position: number): string | null {
  let at = position;
  while (at > 0 && SPACE_OR_QUOTE.has(text[at - 1] ?? "")) at--;
  const mark = text[at - 1];
  const spacedDash = mark === "-" && text[at - 2] === " " && at < position;
  if (mark !== ":" && mark !== "=" && !spacedDash) return null;
  at--;
  while (at > 0 && SPACE_OR_QUOTE.has(text[at - 1] ?? "")) at--;
  const labelEnd = at;
  while (at > 0 && labelEnd - at < MAX_LABEL && LABEL_CHARACTER.test(text[at - 1] ?? "")) at--;
  const label = text.slice(at, labelEnd).trim();
  // "?author=Ann" in a URL is a query parameter, not a form field.
  if (mark === "=" && (text[at - 1] === "?" || text[at - 1] === "&")) return null;
  return label.length > 0 ? label : null;
}
