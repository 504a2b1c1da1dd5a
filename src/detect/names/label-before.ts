import { AsciiCharacters } from "./ascii-characters.ts";

const SPACE_OR_QUOTE = new AsciiCharacters(" \t\"'`*");
const ASCII_LABEL_CHARACTER = new AsciiCharacters(" _#/()-");
const NON_ASCII_LABEL_CHARACTER = /[\p{L}\p{N}]/u;
const MAX_LABEL = 40;
const COLON = 58;
const EQUALS = 61;
const HYPHEN = 45;
const SPACE = 32;

/** A letter, digit, space or one of `_#/()-`; ASCII by character code, the rest by regex. */
function isLabelCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || ASCII_LABEL_CHARACTER.has(code);
  return NON_ASCII_LABEL_CHARACTER.test(text[at] ?? "");
}

/**
 * The field label right before `position` on its line, or null: the text before a colon,
 * an equals sign or a spaced dash, as in `Name: X`, `"customer_name": "X"`, `name=X`,
 * `First name:\tX`, `**Payee:** X` and `Employee - X`. Stops at a pipe, comma, brace or quote.
 */
export function labelBefore(text: string, position: number): string | null {
  let at = position;
  while (at > 0 && SPACE_OR_QUOTE.has(text.charCodeAt(at - 1))) at--;
  const mark = text.charCodeAt(at - 1);
  const spacedDash = mark === HYPHEN && text.charCodeAt(at - 2) === SPACE && at < position;
  if (mark !== COLON && mark !== EQUALS && !spacedDash) return null;
  at--;
  while (at > 0 && SPACE_OR_QUOTE.has(text.charCodeAt(at - 1))) at--;
  const labelEnd = at;
  while (at > 0 && labelEnd - at < MAX_LABEL && isLabelCharacter(text, at - 1)) at--;
  const label = text.slice(at, labelEnd).trim();
  // "?author=Ann" in a URL is a query parameter, not a form field.
  if (mark === EQUALS && (text[at - 1] === "?" || text[at - 1] === "&")) return null;
  return label.length > 0 ? label : null;
}
