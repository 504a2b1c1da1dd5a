import { type CharSet, EVERY_CHARACTER, charSet, complement, union } from "./char-set.ts";
import { parseEscape } from "./parse-regex-escape.ts";
import { type RegexCursor, UnsupportedRegexSyntax, readCodePoint } from "./regex-cursor.ts";

/** One item of a class: a single character (which can start a range) or a set like `\d`. */
type ClassAtom = { code: number } | { set: CharSet };

function parseClassAtom(cursor: RegexCursor): ClassAtom {
  if (cursor.source[cursor.index] !== "\\") return { code: readCodePoint(cursor) };
  cursor.index++;
  const escape = parseEscape(cursor, true);
  if (escape.kind !== "characters") throw new UnsupportedRegexSyntax(`unexpected escape in a character class (offset ${cursor.index})`);
  const [only] = escape.set;
  // A set of one character can start or end a range ("[\x41-\x5a]").
  return escape.set.length === 1 && only && only[0] === only[1] ? { code: only[0] } : { set: escape.set };
}

const asSet = (atom: ClassAtom): CharSet => ("code" in atom ? charSet([[atom.code, atom.code]]) : atom.set);

/**
 * Parses a character class; the cursor is on its `[`. Returns every character the class
 * accepts. `[^]` accepts anything, `[]` nothing. A `-` next to a set like `\d` is a plain
 * dash (Annex B), as the engine reads it.
 */
export function parseCharacterClass(cursor: RegexCursor): CharSet {
  const source = cursor.source;
  cursor.index++;
  const negated = source[cursor.index] === "^";
  if (negated) cursor.index++;
  const parts: CharSet[] = [];
  while (source[cursor.index] !== "]") {
    if (cursor.index >= source.length) throw new UnsupportedRegexSyntax("unterminated character class");
    const first = parseClassAtom(cursor);
    const isRange = source[cursor.index] === "-" && source[cursor.index + 1] !== "]" && cursor.index + 1 < source.length;
    if (!isRange) {
      parts.push(asSet(first));
      continue;
    }
    cursor.index++;
    const last = parseClassAtom(cursor);
    if ("code" in first && "code" in last) parts.push(charSet([[first.code, last.code]]));
    else parts.push(asSet(first), asSet(last), charSet([[0x2d, 0x2d]]));
  }
  cursor.index++;
  const accepted = union(...parts);
  if (!negated) return accepted;
  return accepted.length === 0 ? EVERY_CHARACTER : complement(accepted);
}
