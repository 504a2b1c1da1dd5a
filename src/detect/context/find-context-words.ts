import type { ContextPattern } from "./context-pattern.ts";

/** Where one context word was found, [start, end). */
export interface ContextWord {
  start: number;
  end: number;
}

/**
 * Every occurrence of the pattern's words in `text`, in order. Scans for the plain keywords
 * first (a cheap literal search) and confirms the full word only where one occurs, which is
 * several times faster than running the word pattern over the whole text.
 */
export function findContextWords(text: string, pattern: ContextPattern): ContextWord[] {
  const words: ContextWord[] = [];
  const { keywordScan, wordAt } = pattern;
  keywordScan.lastIndex = 0;
  for (let keyword = keywordScan.exec(text); keyword; keyword = keywordScan.exec(text)) {
    wordAt.lastIndex = keyword.index;
    const word = wordAt.exec(text);
    if (word) {
      words.push({ start: keyword.index, end: keyword.index + word[0].length });
      keywordScan.lastIndex = Math.max(keywordScan.lastIndex, keyword.index + word[0].length);
    } else {
      // A keyword that is not a whole word ("mr" in "summary") may hide a real one just after.
      keywordScan.lastIndex = keyword.index + 1;
    }
  }
  return words;
}
