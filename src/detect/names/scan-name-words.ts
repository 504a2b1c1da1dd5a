import { CapitalisedWords } from "./capitalised-word.ts";
import { AsciiCharacters } from "./ascii-characters.ts";
import { classifyNameWord, type NameWordClass } from "./classify-name-word.ts";
import { inlineCodeSpans } from "./inline-code-spans.ts";
import { SpellingMemo } from "./spelling-memo.ts";

/** What a capitalised word's spelling says, wherever it stands. */
export interface WordShape {
  /** The word as written ("O'Brien", "Mei-ling", "SMITH"), without a possessive "'s". */
  text: string;
  /** `text` lower-cased, the lexicon's key. */
  lower: string;
  /** Every letter upper-case ("SMITH"); single letters are not. */
  allCaps: boolean;
  /** One capital letter ("J" of "J."). */
  initial: boolean;
  /** Followed by 's ("Maria's"). */
  possessive: boolean;
}

/** A capitalised word that may be part of a person's name, in normalised offsets, with its class. */
export interface NameWord extends WordShape {
  /** Span of the word; a possessive "'s" and an initial's full stop are outside it. */
  start: number;
  end: number;
  /** See `NameWordClass`; never `stop`, those words are left out. */
  wordClass: NameWordClass;
  /** Lexicon flags, `GIVEN_NAME | SURNAME`, 0 when unknown. */
  kind: number;
}

/** A shape and its class, as remembered per spelling. */
interface ClassifiedShape extends WordShape {
  wordClass: NameWordClass;
  kind: number;
}

const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
// Glued to a word, these make it code: snake_Case, obj.Name, $Var, #Tag, a/B, List<T>, call(),
// Type[], Key=value, Foo{}. (A "." or "/" after a word counts only with a letter after it.)
const CODE_BEFORE = new AsciiCharacters("_$#@/\\.`-&%<");
const CODE_AFTER = new AsciiCharacters("(_$@<[={");
const COLON = 58;
const FULL_STOP = 46;
const SLASH = 47;
const LESS_THAN = 60;
const DIGIT_ZERO = 48;
const DIGIT_NINE = 57;

const CONTRACTION = /['\u2019](?:t|ll|ve|re|d|m)$/;
const POSSESSIVE = /['\u2019]s$/;
const CAMEL_HUMP = /\p{Ll}\p{Lu}/u;
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
// Humps that belong to names: McDonald, MacKenzie, O'Brien, DeShawn, LaToya, DiCaprio, VanDyke.
const NAME_HUMP = /^(?:Mc|Mac|O'|O\u2019|D'|D\u2019|De|Di|Da|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;

/** Letter, digit or combining mark; ASCII by character code, the rest by regex. */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return !Number.isNaN(code) && NON_ASCII_WORD_CHARACTER.test(text[index] ?? "");
}

/** Whether the word at [start, end) is glued to code punctuation (see `CODE_BEFORE`, `CODE_AFTER`). */
function isCodeAround(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (CODE_BEFORE.has(before) || isWordCharacter(text, start - 1)) return true;
    if (before === COLON && text.charCodeAt(start - 2) === COLON) return true;
  }
  const after = text.charCodeAt(end);
  // "Muldoon</td>": a closing HTML tag ends a cell's text; "List<T>" is code.
  if (after === LESS_THAN && text.charCodeAt(end + 1) === SLASH) return false;
  if (CODE_AFTER.has(after) || (after >= DIGIT_ZERO && after <= DIGIT_NINE)) return true;
  if ((after === FULL_STOP || after === SLASH) && isWordCharacter(text, end + 1)) return true;
  return after === COLON && text.charCodeAt(end + 1) === COLON;
}

// Words recur across prompts; shape and class depend on the spelling only.
const shapeBySpelling = new SpellingMemo<ClassifiedShape | null>(50_000);

/** The shape and class of a spelling, or null for a word that is never part of a name. */
function shapeOf(spelling: string): ClassifiedShape | null {
  let value = spelling;
  const hasApostrophe = value.includes("'") || value.includes("\u2019");
  if (hasApostrophe && CONTRACTION.test(value)) return null;
  const possessive = hasApostrophe && POSSESSIVE.test(value);
  if (possessive) value = value.slice(0, -2);
  if (value.length > 2 && CAMEL_HUMP.test(value) && !NAME_HUMP.test(value)) return null;
  if (ACRONYM_PLURAL.test(value)) return null;
  const initial = value.length === 1;
  const lower = value.toLowerCase();
  const allCaps = !initial && value === value.toUpperCase() && value !== lower;
  const { wordClass, kind } = classifyNameWord({ text: value, lower, allCaps, initial, possessive });
  // Spelled out, not spread: every remembered shape then shares one hidden class, which keeps
  // reading them in `scanNameWords` fast.
  return wordClass === "stop" ? null : { text: value, lower, allCaps, initial, possessive, wordClass, kind };
}

/**
 * A scanned word: its span, the fields every run check reads, and the shape remembered for
 * its spelling, through which the rest is read rather than copied.
 */
class ScannedNameWord implements NameWord {
  readonly start: number;
  readonly end: number;
  readonly wordClass: NameWordClass;
  readonly initial: boolean;
  readonly possessive: boolean;
  readonly allCaps: boolean;
  readonly #shape: ClassifiedShape;

  constructor(start: number, end: number, shape: ClassifiedShape) {
    this.start = start;
    this.end = end;
    this.wordClass = shape.wordClass;
    this.initial = shape.initial;
    this.possessive = shape.possessive;
    this.allCaps = shape.allCaps;
    this.#shape = shape;
  }

  get text(): string {
    return this.#shape.text;
  }
  get lower(): string {
    return this.#shape.lower;
  }
  get kind(): number {
    return this.#shape.kind;
  }

  // Words are short-lived; this one lives for good to keep the class's hidden class alive (see `cursor` below).
  static readonly keptAlive = new ScannedNameWord(0, 0, { text: "", lower: "", allCaps: false, initial: false, possessive: false, wordClass: "unknown", kind: 0 });
}

// One cursor for every call. Besides sparing an allocation, a cursor that lives for good keeps
// its hidden class alive: when no object of a class is alive at a major GC, V8 drops the class
// and with it the optimised code of every caller, which then runs slowly until compiled again
// (measured: about 60 deoptimisations over 12 forced GCs, and the names finder at half speed
// after each; without `ScannedNameWord.keptAlive`, the corpus at about 70% speed after each
// full GC). `ScannedNameWord.keptAlive` and the index walk in find-repeated-names.ts refer here.
const cursor = new CapitalisedWords();

/**
 * Every capitalised word of the text that could belong to a name, classified, in one pass
 * (see `CapitalisedWords`); cheap character checks come first, the per-spelling lookup last.
 * Skips words inside inline code, words glued to code punctuation (`config.Name`, `Foo::Bar`,
 * `get_User`, `List<Person>`), camelCase identifiers and products ("JavaScript", "PayPal",
 * but not "McDonald"), contractions ("Don't"), lone capitals other than initials, and words
 * never in a name ("The", "Monday", "Inc").
 */
export function scanNameWords(text: string): NameWord[] {
  const words: NameWord[] = [];
  const code = text.includes("`") ? inlineCodeSpans(text) : [];
  let codeIndex = 0;
  for (const word = cursor.reset(text); word.next(); ) {
    const wordStart = word.start;
    const end = word.end;
    const first = text.charCodeAt(wordStart);
    if (first >= 0x80 && text[wordStart] === text[wordStart]?.toLowerCase()) continue;
    // "I", "A": a lone capital counts only as an initial, "J.".
    if (end - wordStart === 1 && text.charCodeAt(end) !== FULL_STOP) continue;
    if (isCodeAround(text, wordStart, end)) continue;
    if (code.length > 0) {
      while (codeIndex < code.length && (code[codeIndex]?.end ?? 0) <= wordStart) codeIndex++;
      if ((code[codeIndex]?.start ?? Infinity) <= wordStart) continue;
    }
    const shape = shapeBySpelling.get(text, wordStart, end, shapeOf);
    if (shape === null) continue;
    // A possessive's "'s" is outside the word.
    words.push(new ScannedNameWord(wordStart, shape.possessive ? end - 2 : end, shape));
  }
  return words;
}
