import { en } from "@faker-js/faker";
import { daleChall } from "dale-chall";
import { TECHNICAL_WORDS } from "./technical-words.ts";

let commonWords: Set<string> | null = null;

function buildCommonWords(): Set<string> {
  const words = new Set<string>(daleChall);
  // faker's English word lists: parts of speech, hacker and company jargon, job titles,
  // shop departments, product adjectives, street suffixes, months, weekdays, colours.
  const lists = [
    ...Object.values(en.word ?? {}),
    ...Object.values(en.hacker ?? {}),
    en.company?.adjective,
    en.company?.buzz_adjective,
    en.company?.buzz_noun,
    en.company?.buzz_verb,
    en.company?.descriptor,
    en.company?.noun,
    en.person?.job_area,
    en.person?.job_descriptor,
    en.person?.job_type,
    en.commerce?.department,
    ...Object.values(en.commerce?.product_name ?? {}),
    en.location?.street_suffix,
    en.location?.direction,
    en.date?.month?.wide,
    en.date?.weekday?.wide,
    en.color?.human,
  ];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      // Multi-word entries ("back up") and hacker phrases contribute their single words.
      if (typeof entry === "string" && !entry.includes("{")) for (const word of entry.split(" ")) words.add(word.toLowerCase());
    }
  }
  for (const line of TECHNICAL_WORDS) for (const word of line.split(" ")) words.add(word);
  return words;
}

/** Whether a lower-cased word is a familiar English word, exactly as spelled. */
export function isCommonWord(lowerCaseWord: string): boolean {
  commonWords ??= buildCommonWords();
  return commonWords.has(lowerCaseWord);
}

/**
 * Whether a lower-cased word is a familiar English word or a regular inflection of one
 * ("teams", "fixes", "queries", "updated", "loading"). Familiar words are the New
 * Dale–Chall list (about 3,000 words a fourth-grader knows), faker's English word, jargon,
 * job-title and commerce lists, and `TECHNICAL_WORDS`.
 */
export function isCommonWordForm(lowerCaseWord: string): boolean {
  if (isCommonWord(lowerCaseWord)) return true;
  const word = lowerCaseWord;
  const stems: string[] = [];
  if (word.endsWith("ies")) stems.push(`${word.slice(0, -3)}y`);
  // "fixes", "boxes", "matches" drop "es"; "Gaines" and "Hayes" do not become "gain" and "hay".
  if (/(?:s|x|z|ch|sh)es$/.test(word)) stems.push(word.slice(0, -2));
  if (word.endsWith("s")) stems.push(word.slice(0, -1));
  if (word.endsWith("ed")) stems.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) stems.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith("ly")) stems.push(word.slice(0, -2));
  return stems.some((stem) => stem.length >= 3 && isCommonWord(stem));
}
