import type { RecognizerMatch } from "../types.ts";
import { continuesAsNumberAt, runsOnAt } from "./token-edges.ts";
import { isAsciiAlphanumericCode } from "../char-codes.ts";

/** How `valueAfterLabel` reads the text after a label such as "Member ID" or "DL #". */
export interface LabelledValueRule {
  /** Lower-case words that may stand between the label and the value ("number", "is"). */
  fillerWords: ReadonlySet<string>;
  /** Whether a token (separators removed, as written) has the value's shape. */
  isValue(compact: string): boolean;
  /** Canonical form of a token that has the value's shape. */
  canonical(compact: string): string;
  /** The match's score. */
  score: number;
  /** How far after the label the value may start. Default 30. */
  maxGap?: number;
  /** Whether digit groups joined by single spaces form one value ("123 456 789"). */
  spacedDigitGroups?: boolean;
  /**
   * Marks that, with a digit after them, make a token the start of a decimal, a date or a
   * list of numbers rather than a value. Default "/.,".
   */
  numberMarks?: string;
  /** Whether a backslash (an escape such as "\\u0a65") ends the search like a line break. Default true. */
  backslashEnds?: boolean;
}

// Letters and digits, possibly in hyphen-joined groups ("TW7249251-04"); bounded, and a
// token that runs on past the bound is rejected below rather than cut.
const TOKEN = /[A-Za-z0-9]{1,24}(?:-[A-Za-z0-9]{1,12}){0,5}/y;
const SPACED_DIGITS = /\d{1,12}(?: \d{1,12}){1,5}(?![A-Za-z0-9])/y;
const LINE_FEED = 10;
const BACKSLASH = 92;

/** The token starting at `index`: spaced digit groups first when allowed, else one word. */
function tokenAt(text: string, index: number, spacedDigitGroups: boolean): string {
  if (spacedDigitGroups) {
    SPACED_DIGITS.lastIndex = index;
    const spaced = SPACED_DIGITS.exec(text)?.[0];
    if (spaced) return spaced;
  }
  TOKEN.lastIndex = index;
  return TOKEN.exec(text)?.[0] ?? "";
}

/**
 * The value right after a label that ends at `from`: the first token on the same line, past
 * punctuation and filler words, that has the value's shape ("Member ID on my card is
 * W173499204"). Null when another word, a line break or `maxGap` characters come first, or
 * when the token runs on into more letters or digits, a decimal or a date.
 */
export function valueAfterLabel(text: string, from: number, rule: LabelledValueRule): RecognizerMatch | null {
  const maxGap = rule.maxGap ?? 30;
  const numberMarks = rule.numberMarks ?? "/.,";
  const backslashEnds = rule.backslashEnds ?? true;
  let index = from;
  while (index < text.length && index - from <= maxGap) {
    const code = text.charCodeAt(index);
    // A line break ends the label's line; a backslash starts an escape ("\\u0a65"), not a value.
    if (code === LINE_FEED || (code === BACKSLASH && backslashEnds)) return null;
    if (!isAsciiAlphanumericCode(code)) {
      index++;
      continue;
    }
    const token = tokenAt(text, index, rule.spacedDigitGroups === true);
    const end = index + token.length;
    if (runsOnAt(text, end)) return null;
    const compact = token.replace(/[- ]/g, "");
    if (rule.isValue(compact) && !continuesAsNumberAt(text, end, numberMarks)) {
      return { start: index, end, canonical: rule.canonical(compact), score: rule.score };
    }
    if (!rule.fillerWords.has(token.toLowerCase())) return null;
    index = end;
  }
  return null;
}
