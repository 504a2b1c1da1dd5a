import { inlineCodeSpans } from "./inline-code-spans.ts";

/** A capitalised word that may be part of a person's name, in normalised offsets. */
export interface NameWord {
  /** Span of the word; a possessive "'s" and an initial's full stop are outside it. */
  start: number;
  end: number;
  /** The word as written ("O'Brien", "Mei-ling", "SMITH"). */
  text: string;
  /** `text` lower-cased, the lexicon's key. */
  lower: string;
  /** Every letter upper-case ("SMITH"); single letters are not. */
  allCaps: boolean;
  /** One capital letter and a full stop ("J."). */
  initial: boolean;
  /** Followed by 's ("Maria's"). */
  possessive: boolean;
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}]*(?:['\u2019-]\p{L}[\p{L}\p{M}]*)*/gu;
const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
// After a word, these make it part of code: call(), snake_case, Foo.bar, Foo::bar, a/b, List<T>.
const CODE_BEFORE = new Set(["_", "$", "#", "@", "/", "\\", ".", "`", "-", "&", "%"]);
const CODE_AFTER = new Set(["(", "_", "$", "@", "<", "[", "=", "{"]);
const CONTRACTION = /['\u2019](?:t|ll|ve|re|d|m)$/;
const POSSESSIVE = /['\u2019]s$/;
const CAMEL_HUMP = /\p{Ll}\p{Lu}/u;
// Humps that belong to names: McDonald, MacKenzie, O'Brien, DeShawn, LaToya, DiCaprio, VanDyke.
const NAME_HUMP = /^(?:Mc|Mac|O'|O\u2019|D'|D\u2019|De|Di|Da|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;

/** Letter, digit or combining mark; ASCII by character code, the rest by regex. */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return !Number.isNaN(code) && NON_ASCII_WORD_CHARACTER.test(text[index] ?? "");
}

function isCodeAround(text: string, start: number, end: number): boolean {
  if (start > 0 && (CODE_BEFORE.has(text[start - 1] ?? "") || isWordCharacter(text, start - 1))) return true;
  const after = text[end] ?? " ";
  if (CODE_AFTER.has(after) || (after >= "0" && after <= "9")) return true;
  if ((after === "." || after === "/") && isWordCharacter(text, end + 1)) return true;
  return after === ":" && text[end + 1] === ":";
}

/** What a word's spelling alone says: its name-relevant form, or null for a word to skip. */
interface WordShape {
  text: string;
  lower: string;
  allCaps: boolean;
  initial: boolean;
  possessive: boolean;
}

// Words recur across prompts; the shape depends on the spelling only. Bounded: cleared when full.
const MAX_REMEMBERED = 50_000;
const shapeBySpelling = new Map<string, WordShape | null>();

function shapeOf(spelling: string): WordShape | null {
  let value = spelling;
  const hasApostrophe = value.includes("'") || value.includes("\u2019");
  if (hasApostrophe && CONTRACTION.test(value)) return null;
  const possessive = hasApostrophe && POSSESSIVE.test(value);
  if (possessive) value = value.slice(0, -2);
  if (value.length > 2 && CAMEL_HUMP.test(value) && !NAME_HUMP.test(value)) return null;
  const initial = value.length === 1;
  const lower = value.toLowerCase();
  const allCaps = !initial && value === value.toUpperCase() && value !== lower;
  return { text: value, lower, allCaps, initial, possessive };
}

function rememberedShapeOf(spelling: string): WordShape | null {
  let shape = shapeBySpelling.get(spelling);
  if (shape === undefined) {
    shape = shapeOf(spelling);
    if (shapeBySpelling.size >= MAX_REMEMBERED) shapeBySpelling.clear();
    shapeBySpelling.set(spelling, shape);
  }
  return shape;
}

/**
 * Every capitalised word of the text that could belong to a name, in one pass of one
 * regular expression. Skips words inside inline code, words glued to code punctuation
 * (`config.Name`, `Foo::Bar`, `get_User`, `List<Person>`), camelCase identifiers and
 * products ("JavaScript", "PayPal", but not "McDonald"), contractions ("Don't") and lone
 * capitals other than initials.
 */
export function scanNameWords(text: string): NameWord[] {
  const words: NameWord[] = [];
  const code = text.includes("`") ? inlineCodeSpans(text) : [];
  let codeIndex = 0;
  CAPITALISED.lastIndex = 0;
  for (let match = CAPITALISED.exec(text); match; match = CAPITALISED.exec(text)) {
    const spelling = match[0];
    const start = match.index;
    if (isCodeAround(text, start, start + spelling.length)) continue;
    if (code.length > 0) {
      while (codeIndex < code.length && (code[codeIndex]?.end ?? 0) <= start) codeIndex++;
      if ((code[codeIndex]?.start ?? Infinity) <= start) continue;
    }
    const shape = rememberedShapeOf(spelling);
    if (shape === null || (shape.initial && text[start + 1] !== ".")) continue;
    words.push({
      start,
      end: start + shape.text.length,
      text: shape.text,
      lower: shape.lower,
      allCaps: shape.allCaps,
      initial: shape.initial,
      possessive: shape.possessive,
    });
  }
  return words;
}
