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
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
// After a word, these make it part of code: call(), snake_case, Foo.bar, Foo::bar, a/b, List<T>.
const CODE_BEFORE = new Set(["_", "$", "#", "@", "/", "\\", ".", "`", "-", "&", "%"]);
const CODE_AFTER = new Set(["(", "_", "$", "@", "<", "[", "=", "{"]);
const CONTRACTION = /['\u2019](?:t|ll|ve|re|d|m)$/;
const POSSESSIVE = /['\u2019]s$/;
const CAMEL_HUMP = /\p{Ll}\p{Lu}/u;
// Humps that belong to names: McDonald, MacKenzie, O'Brien, DeShawn, LaToya, DiCaprio, VanDyke.
const NAME_HUMP = /^(?:Mc|Mac|O'|O\u2019|D'|D\u2019|De|Di|Da|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;

function isCodeAround(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? " ";
  if (CODE_BEFORE.has(before) || WORD_CHARACTER.test(before)) return true;
  const after = text[end] ?? " ";
  const next = text[end + 1] ?? " ";
  if (CODE_AFTER.has(after) || (after >= "0" && after <= "9")) return true;
  if ((after === "." || after === "/") && WORD_CHARACTER.test(next)) return true;
  return after === ":" && next === ":";
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
    let value = match[0];
    const start = match.index;
    while (codeIndex < code.length && (code[codeIndex]?.end ?? 0) <= start) codeIndex++;
    if ((code[codeIndex]?.start ?? Infinity) <= start) continue;
    if (isCodeAround(text, start, start + value.length) || CONTRACTION.test(value)) continue;
    const possessive = POSSESSIVE.test(value);
    if (possessive) value = value.slice(0, -2);
    if (CAMEL_HUMP.test(value) && !NAME_HUMP.test(value)) continue;
    const initial = value.length === 1;
    if (initial && text[start + 1] !== ".") continue;
    const lower = value.toLowerCase();
    const allCaps = !initial && value === value.toUpperCase() && value !== lower;
    words.push({ start, end: start + value.length, text: value, lower, allCaps, initial, possessive });
  }
  return words;
}
