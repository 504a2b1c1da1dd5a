import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { cellsLabelledBy } from "./cells-labelled-by.ts";
import type { ContextPattern } from "./context-pattern.ts";
import { findContextWords, mentions } from "./find-context-words.ts";
import { type LabelledValueRule, valueAfterLabel } from "./value-after-label.ts";
import { isDigitCode } from "../char-codes.ts";

const BACKSLASH = 92;
// A whole table cell holding one value: letters and digits in groups joined by "-" or " ".
const WHOLE_VALUE = /^[A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)*$/;

/**
 * Values found by their label: the first value-shaped token after each of the pattern's
 * words (see `valueAfterLabel`), and every value-shaped cell of a table column whose header
 * has one of the words. For identifiers whose format alone says nothing, e.g. member ids.
 */
export function findLabelledValues(input: NormalizedText, labels: ContextPattern, rule: LabelledValueRule): RecognizerMatch[] {
  // A column header is part of the text too: no label anywhere, nothing to find.
  if (!mentions(input, labels)) return [];
  const text = input.text;
  const matches: RecognizerMatch[] = [];
  for (const label of findContextWords(input, labels)) {
    // A label glued to a digit or an escape ("\\u0100dl…") is part of some code, not a label.
    const before = text.charCodeAt(label.start - 1);
    if (isDigitCode(before) || before === BACKSLASH) continue;
    const value = valueAfterLabel(text, label.end, rule);
    // "Member ID (subscriber id) W123…" reaches one value twice; keep it once.
    if (value && value.start !== matches[matches.length - 1]?.start) matches.push(value);
  }
  const found = new Set(matches.map((match) => match.start));
  for (const cell of cellsLabelledBy(input, labels)) {
    if (found.has(cell.start)) continue;
    const value = text.slice(cell.start, cell.end);
    const compact = value.replace(/[- ]/g, "");
    if (!WHOLE_VALUE.test(value) || !rule.isValue(compact)) continue;
    matches.push({ start: cell.start, end: cell.end, canonical: rule.canonical(compact), score: rule.score });
  }
  return matches.sort((left, right) => left.start - right.start);
}
