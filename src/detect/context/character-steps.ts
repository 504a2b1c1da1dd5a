import { isAsciiLowerCode, isAsciiUpperCode, isDigitCode } from "../char-codes.ts";

// What came before a character. Letters decide where a keyword may start; digits and dots
// track how far a run like "10.1.2.3" has got.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGITS = 3;
/** "1." */
const ONE_GROUP_DOT = 4;
/** "1.2" */
const TWO_GROUPS = 5;
/** "1.2." */
const TWO_GROUPS_DOT = 6;
/** "1.2.3" */
const THREE_GROUPS = 7;
/** "1.2.3." */
const THREE_GROUPS_DOT = 8;
const STATES = 9;

/** In a step: the state before the next character. */
export const STATE = 15;
/** In a step: a keyword may start at this character. */
export const MAY_START = 16;
/** In a step, and a shape of text: a letter right after a digit ("1EG4"). */
export const DIGIT_THEN_LETTER = 32;
/** In a step, and a shape of text: a digit right after a letter ("DE89"). */
export const LETTER_THEN_DIGIT = 64;
/** In a step, and a shape of text: four digit groups joined by single dots ("10.1.2.3"). */
export const FOUR_DOTTED_GROUPS = 128;

function stateAfterDigit(before: number): number {
  if (before === ONE_GROUP_DOT || before === TWO_GROUPS) return TWO_GROUPS;
  if (before === TWO_GROUPS_DOT || before === THREE_GROUPS) return THREE_GROUPS;
  return DIGITS;
}

function stateAfterDot(before: number): number {
  if (before === DIGITS) return ONE_GROUP_DOT;
  if (before === TWO_GROUPS) return TWO_GROUPS_DOT;
  if (before === THREE_GROUPS) return THREE_GROUPS_DOT;
  return OTHER;
}

function nextState(before: number, code: number): number {
  if (isAsciiLowerCode(code)) return LOWER;
  if (isAsciiUpperCode(code)) return UPPER;
  if (isDigitCode(code)) return stateAfterDigit(before);
  return code === 46 ? stateAfterDot(before) : OTHER;
}

function shapesAt(before: number, code: number): number {
  const afterDigit = before === DIGITS || before === TWO_GROUPS || before === THREE_GROUPS;
  if (isAsciiLowerCode(code) || isAsciiUpperCode(code)) return afterDigit ? DIGIT_THEN_LETTER : 0;
  if (!isDigitCode(code)) return 0;
  if (before === LOWER || before === UPPER) return LETTER_THEN_DIGIT;
  return before === THREE_GROUPS_DOT ? FOUR_DOTTED_GROUPS : 0;
}

/**
 * The keyword walk's decision for each ASCII character, as one table lookup:
 * `steps[state * 128 + code]` holds the state before the next character (`& STATE`), plus
 * `MAY_START` when the character starts a word (no letter before a lower-case one, no
 * capital before a capital) and `mayStart(code)`, plus the shapes of text it completes. The
 * state after a character beyond ASCII is 0.
 */
export function characterSteps(mayStart: (code: number) => boolean): Uint8Array {
  const steps = new Uint8Array(STATES * 128);
  for (let before = 0; before < STATES; before++) {
    const afterLetter = before === LOWER || before === UPPER;
    for (let code = 0; code < 128; code++) {
      const wordStart = isAsciiLowerCode(code) ? !afterLetter : isAsciiUpperCode(code) ? before !== UPPER : true;
      const start = wordStart && mayStart(code) ? MAY_START : 0;
      steps[before * 128 + code] = nextState(before, code) | start | shapesAt(before, code);
    }
  }
  return steps;
}
