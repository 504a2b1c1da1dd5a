import { registerKeywords } from "./keyword-index.ts";

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

/** Source of a term after its first character, with the right-hand word boundary. */
function tailSource(term: string): string {
  const prefix = term.endsWith("*");
  const tail = [...(prefix ? term.slice(0, -1) : term)].slice(1).map(characterSource).join("");
  // A lower-case letter right after the term means a longer word ("abacus" is not "aba");
  // an upper-case one starts the next camelCase word ("ssnFull").
  return prefix ? tail : `${tail}(?![a-z])`;
}

/**
 * Context words compiled for searching: the word pattern, plus the literal keyword one of
 * which starts every word ("social" of "social security"), registered in the shared keyword
 * index so that one walk per input finds every pattern's keywords (see `keywordHits`).
 */
export interface ContextPattern {
  /** Finds any of the words as a word (not global: safe for `test`). */
  readonly regex: RegExp;
  /** The words again, global, for searching part of a text (see `containsWord`). */
  readonly scan: RegExp;
  /** The words again, sticky, to confirm a word at a keyword's position. */
  readonly wordAt: RegExp;
  /**
   * By keyword id in the keyword index, the keyword's rank in the pattern's keyword order,
   * or -1 for another pattern's keyword (ids past the end belong to later patterns); when
   * two keywords start at one offset, the first in that order decides where the search
   * goes on. A typed array, as it is read once per keyword occurrence.
   */
  readonly keywordRanks: Int16Array;
  /** The number of this pattern's keyword set in the index (see `KeywordHits.mentioned`). */
  readonly keywordSet: number;
}

/** Ranks by keyword id: see `ContextPattern.keywordRanks`. */
function keywordRanksOf(ids: readonly number[]): Int16Array {
  const ranks = new Int16Array(Math.max(-1, ...ids) + 1).fill(-1);
  ids.forEach((id, rank) => {
    ranks[id] = rank;
  });
  return ranks;
}

/** The literal start of a term, up to its first flexible space or prefix star. */
function keywordOf(term: string): string {
  return term.split(/[ *]/)[0] ?? term;
}

/**
 * Compiles context words into a pattern that finds them as words in identifiers and prose
 * alike: case-insensitive, at a word start or a camelCase hump ("taxSsn", "tax_ssn",
 * "Tax SSN"), with spaces in a term matching `_`, `-`, `.` or nothing. A trailing `*` makes
 * a term a prefix ("account*" also finds "accounts").
 *
 * Terms are grouped by first character, which the engine can skip ahead on; the result is
 * linear: a flat alternation of fixed words, no nested quantifiers.
 */
export function contextPattern(terms: readonly string[]): ContextPattern {
  const tailsByFirst = new Map<string, string[]>();
  for (const term of [...terms].sort((left, right) => right.length - left.length)) {
    const first = (term[0] ?? "").toLowerCase();
    tailsByFirst.set(first, [...(tailsByFirst.get(first) ?? []), tailSource(term)]);
  }
  const groups = [...tailsByFirst].map(([first, tails]) => {
    const boundary = /[a-z]/.test(first) ? WORD_START : "";
    return `${characterSource(first)}${boundary}(?:${tails.join("|")})`;
  });
  const wordSource = `(?:${groups.join("|")})`;
  // A keyword that starts with another ("mrn" after "mr") adds nothing to the search.
  const keywords = [...new Set(terms.map(keywordOf))];
  const literals = keywords.filter((keyword) => !keywords.some((other) => other !== keyword && keyword.startsWith(other)));
  const keywordSet = registerKeywords(literals.map((literal) => literal.toLowerCase()));
  return {
    regex: new RegExp(wordSource),
    scan: new RegExp(wordSource, "g"),
    wordAt: new RegExp(wordSource, "y"),
    keywordRanks: keywordRanksOf(keywordSet.ids),
    keywordSet: keywordSet.set,
  };
}
