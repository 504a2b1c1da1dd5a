import type { NormalizedText } from "./types.ts";
import { findWrappedNumberBreaks } from "./wrapped-number-breaks.ts";

/** Normalised text and its offset map, before the input gets its own facts. */
type MappedText = Omit<NormalizedText, "facts">;

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_RUNS = /[^\x00-\x7f]+/g;
const SPECIALS = /[\u00a0\u00ad\u2000-\u2015\u202f\u205f\u2060\u2212\u3000\ufe58\ufe63\ufeff\uff0d]/;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// Soft hyphen is invisible too, so it is dropped along with the zero-width characters.
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function isDash(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d;
}

function isSpace(code: number): boolean {
  return code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Folds one non-ASCII character the way every recognizer expects to see it. */
function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  // Full-width ASCII (digits, letters, '＠'): the NFKC result, without calling NFKC.
  if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0d) return String.fromCharCode(code - 0xfee0);
  if (isDash(code)) return "-";
  if (isSpace(code)) return " ";
  if (isInvisible(code)) return "";
  return character.normalize("NFKC").replace(DASHES, "-").replace(SPACES, " ").replace(INVISIBLES, "");
}

const sameOffset = (index: number): number => index;

function identity(original: string): MappedText {
  // Shared functions: plain ASCII text (most of it) allocates no closures.
  return { original, text: original, originalStart: sameOffset, originalEnd: sameOffset };
}

/**
 * A replacement that changed the length: original [originalStart, originalEnd) became
 * normalised [normalizedStart, normalizedEnd). Offsets between edits shift by a constant.
 */
interface Edit {
  originalStart: number;
  originalEnd: number;
  normalizedStart: number;
  normalizedEnd: number;
}

/** The last edit starting at or before normalised `index`, or undefined. */
function editAtOrBefore(edits: readonly Edit[], index: number): Edit | undefined {
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((edits[middle]?.normalizedStart ?? 0) <= index) low = middle + 1;
    else high = middle;
  }
  return edits[low - 1];
}

function withEdits(original: string, text: string, edits: readonly Edit[]): MappedText {
  const originalStart = (index: number): number => {
    const edit = editAtOrBefore(edits, index);
    if (!edit) return index;
    if (index < edit.normalizedEnd) return edit.originalStart;
    return edit.originalEnd + (index - edit.normalizedEnd);
  };
  const originalEnd = (index: number): number => {
    if (index <= 0) return originalStart(0);
    // The end of a span is the original end of its last character.
    const last = index - 1;
    const edit = editAtOrBefore(edits, last);
    if (!edit) return index;
    if (last < edit.normalizedEnd) return edit.originalEnd;
    return edit.originalEnd + (last - edit.normalizedEnd) + 1;
  };
  return { original, text, originalStart, originalEnd };
}

/**
 * Folds `original` for matching: NFKC per character (full-width digits become ASCII),
 * Unicode dashes become '-', Unicode spaces become ' ', zero-width characters disappear.
 * Plain ASCII text (the common case) is returned as is. The offset map is a short list of
 * edits searched on demand, so mostly-unchanged text costs next to nothing.
 */
function foldText(original: string): MappedText {
  if (!NON_ASCII.test(original)) return identity(original);
  const pieces: string[] = [];
  const edits: Edit[] = [];
  let changed = false;
  let copiedUpTo = 0;
  let normalizedLength = 0;
  NON_ASCII_RUNS.lastIndex = 0;
  for (let run = NON_ASCII_RUNS.exec(original); run; run = NON_ASCII_RUNS.exec(original)) {
    const runText = run[0];
    // Most non-ASCII text (accented names, CJK prose) is already stable: skip it in one native call.
    if (!SPECIALS.test(runText) && runText.normalize("NFKC") === runText) continue;
    const runEnd = run.index + runText.length;
    for (let at = run.index; at < runEnd; ) {
      const code = original.charCodeAt(at);
      const width = code >= 0xd800 && code <= 0xdbff && at + 1 < runEnd ? 2 : 1;
      const character = original.slice(at, at + width);
      const folded = foldCharacter(character);
      if (folded !== character) {
        changed = true;
        normalizedLength += at - copiedUpTo;
        pieces.push(original.slice(copiedUpTo, at), folded);
        // A one-for-one replacement keeps every offset; only length changes need the map.
        if (folded.length !== width) {
          edits.push({
            originalStart: at,
            originalEnd: at + width,
            normalizedStart: normalizedLength,
            normalizedEnd: normalizedLength + folded.length,
          });
        }
        normalizedLength += folded.length;
        copiedUpTo = at + width;
      }
      at += width;
    }
  }
  if (!changed) return identity(original);
  pieces.push(original.slice(copiedUpTo));
  const text = pieces.join("");
  return edits.length === 0 ? { ...identity(original), text } : withEdits(original, text, edits);
}

/** Folded text with the line breaks inside wrapped numbers replaced, offsets mapped through both steps. */
function joinWrappedNumbers(folded: MappedText): MappedText {
  const breaks = findWrappedNumberBreaks(folded.text);
  if (breaks.length === 0) return folded;
  const pieces: string[] = [];
  const edits: Edit[] = [];
  let copiedUpTo = 0;
  let normalizedLength = 0;
  for (const wrap of breaks) {
    pieces.push(folded.text.slice(copiedUpTo, wrap.start), wrap.replacement);
    normalizedLength += wrap.start - copiedUpTo;
    if (wrap.replacement.length !== wrap.end - wrap.start) {
      edits.push({
        originalStart: wrap.start,
        originalEnd: wrap.end,
        normalizedStart: normalizedLength,
        normalizedEnd: normalizedLength + wrap.replacement.length,
      });
    }
    normalizedLength += wrap.replacement.length;
    copiedUpTo = wrap.end;
  }
  pieces.push(folded.text.slice(copiedUpTo));
  const joined = withEdits(folded.text, pieces.join(""), edits);
  return {
    original: folded.original,
    text: joined.text,
    originalStart: (index) => folded.originalStart(joined.originalStart(index)),
    originalEnd: (index) => folded.originalEnd(joined.originalEnd(index)),
  };
}

/**
 * Normalises `original` for matching: NFKC per character (full-width digits become ASCII),
 * Unicode dashes become '-', Unicode spaces become ' ', zero-width characters disappear,
 * and a number wrapped over a line break ("4111 1111\n1111 1111") is joined again (see
 * `findWrappedNumberBreaks`). Offsets map back to `original` through every step.
 */
export function normalizeText(original: string): NormalizedText {
  const { text, originalStart, originalEnd } = joinWrappedNumbers(foldText(original));
  return { original, text, originalStart, originalEnd, facts: new Map() };
}
