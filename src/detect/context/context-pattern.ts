function escapeCharacter(character: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(character) ? `\\${character}` : character;
}

function characterSource(character: string): string {
  if (character === " ") {
    // "social security" also matches social_security, social-security and socialSecurity.
    return "[ \\t_.\\-]{0,2}";
  }
  if (/[a-z]/i.test(character)) return `[${character.toLowerCase()}${character.toUpperCase()}]`;
  return escapeCharacter(character);
}

// The term must start a word: no letter before it, or a camelCase hump (lower then upper).
// Checked after the first character, so the engine can skip ahead on that character alone.
const WORD_START = "(?:(?<![A-Za-z].)|(?<=[a-z][A-Z]))";

function termSource(term: string): string {
  const prefix = term.endsWith("*");
  const characters = [...(prefix ? term.slice(0, -1) : term)];
  const source = characters.map(characterSource);
  if (/[a-z]/i.test(characters[0] ?? "")) source.splice(1, 0, WORD_START);
  // A lower-case letter right after the term means a longer word ("abacus" is not "aba");
  // an upper-case one starts the next camelCase word ("ssnFull").
  return prefix ? source.join("") : `${source.join("")}(?![a-z])`;
}

/**
 * Compiles context words into one regular expression that finds them as words in
 * identifiers and prose alike: case-insensitive, at a word start or a camelCase hump
 * ("taxSsn", "tax_ssn", "Tax SSN"), with spaces in a term matching `_`, `-`, `.` or nothing.
 * A trailing `*` makes a term a prefix ("account*" also finds "accounts").
 *
 * The result is linear: a flat alternation of fixed words, no nested quantifiers.
 */
export function contextPattern(terms: readonly string[]): RegExp {
  const alternatives = [...terms].sort((left, right) => right.length - left.length).map(termSource);
  return new RegExp(`(?:${alternatives.join("|")})`);
}
