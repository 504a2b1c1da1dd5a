import { isNameParticle } from "./name-particles.ts";
import type { NameWord } from "./scan-name-words.ts";

/** Consecutive name-like words ("Jadon G. Bauch", "Ludwig van Beethoven"), by word index. */
export interface NameRun {
  /** Index of the first and the last word of the run, inclusive. */
  first: number;
  last: number;
}

const MAX_PARTICLE_GAP = 16;
const SPACE = 32;
const FULL_STOP = 46;

/** Whether a word can be part of a run: a word of any class but `word` and `stop`. */
function joinsRun(word: NameWord | undefined): boolean {
  return word !== undefined && word.wordClass !== "word" && word.wordClass !== "stop";
}

/** Whether text[from, to) is one or more spaces. */
function isSpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== SPACE) return false;
  return true;
}

/** Whether the text between two words keeps them in one name: a space, an initial's ". ", particles. */
function joins(text: string, left: NameWord, right: NameWord): boolean {
  if (left.possessive) return false;
  const gapLength = right.start - left.end;
  // One space, or two or three where a form pads its fields ("JOHN  SMITH").
  if (gapLength <= 3 && isSpaces(text, left.end, right.start)) return !left.initial;
  // "G. Bauch": a full stop and up to two spaces.
  if (left.initial) {
    return gapLength >= 1 && gapLength <= 3 && text.charCodeAt(left.end) === FULL_STOP && (gapLength === 1 || isSpaces(text, left.end + 1, right.start));
  }
  if (gapLength > MAX_PARTICLE_GAP || text.charCodeAt(left.end) !== SPACE || text.charCodeAt(right.start - 1) !== SPACE) return false;
  return text.slice(left.end, right.start).trim().split(" ").every(isNameParticle);
}

/**
 * Groups the scanned words into runs that could each be one name: words of any class but
 * `word` and `stop`, separated by a single space, by an initial's full stop ("G. Bauch") or
 * by lower-case particles ("van der", "de la"). A possessive ends its run.
 */
export function groupNameRuns(text: string, words: readonly NameWord[]): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < words.length) {
    if (!joinsRun(words[index])) {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < words.length && joinsRun(words[last + 1])) {
      const left = words[last];
      const right = words[last + 1];
      if (!left || !right || !joins(text, left, right)) break;
      last++;
    }
    runs.push({ first: index, last });
    index = last + 1;
  }
  return runs;
}
