import type { NameWord } from "./scan-name-words.ts";

/** What the finder knows about one text: the text and its scanned, classified words. */
export interface ScannedWords {
  text: string;
  words: readonly NameWord[];
}
