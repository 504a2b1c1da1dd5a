import { columnHeaderAt } from "../context/column-header-at.ts";
import type { NormalizedText } from "../types.ts";
import { aloneOnLineFrom, followsSignOffLine } from "./alone-on-line.ts";
import { AsciiCharacters } from "./ascii-characters.ts";
import { HONORIFICS } from "./honorifics.ts";
import { labelBefore } from "./label-before.ts";
import { isPersonLabel, lastLabelWord } from "./person-label.ts";
import { type WordBefore, wordBefore } from "./word-before.ts";

/**
 * How strongly the text around a capitalised run says "a person's name is here":
 * - `strong`: an honorific, a name field or column, "my name is", "Dear", a sign-off line;
 * - `medium`: "I'm", "this is", "Hi", "cc", a relative or role ("my daughter", "Patient"), "X here",
 *   an email header ("From:"); an introduction with an affiliation ("This is Grace from the
 *   billing team") is strong;
 * - `standalone`: the run is alone on its line (a signature, a list of people) or is a chat
 *   speaker ("[09:14] Sarah:");
 * - `none`: nothing around it.
 */
export type NameContext = "strong" | "medium" | "standalone" | "none";

const STRONG_PHRASES = ["my name is", "name is", "name's", "call me", "dear", "attn", "attention"];
export const NAME_QUALIFIERS: ReadonlySet<string> = new Set(["full", "first", "last", "given", "family", "middle", "legal", "maiden", "preferred", "birth", "patient's", "your", "my", "his", "her", "their"]);
const GREETINGS = ["hi", "hello", "hey", "dear", "morning", "afternoon", "evening", "greetings", "welcome"];
const SIGN_OFFS = ["thanks", "thank you", "regards", "cheers", "sincerely", "best", "thx", "warmly", "yours", "respectfully", "love"];
const MEDIUM_PHRASES = [
  "i'm", "i am", "im", "this is", "it's", "it is", "cc", "loop in", "looping in", "looped in", "meet",
  "named", "called", "by", "behalf of", "order of", "from", "introducing",
  // Relatives and roles: "my daughter Nadia", "Patient April Cassin", "our new hire Alfonso".
  "patient", "customer", "client", "employee", "colleague", "coworker", "hire", "candidate",
  "applicant", "tenant", "landlord", "husband", "wife", "spouse", "partner", "son", "daughter",
  "mother", "father", "mom", "mum", "dad", "brother", "sister", "aunt", "uncle", "cousin",
  "grandmother", "grandfather", "grandma", "grandpa", "friend", "boss", "manager", "neighbor",
  "neighbour", "doctor", "nurse", "roommate", "fiance", "fiancé", "fiancée", "niece", "nephew",
  "child", "contact", "beneficiary", "payee", "member", "physician", "surgeon", "therapist",
  // Who speaks in support transcripts and who else a request is about: "Agent Sarah:", "our
  // courier Tomasz", "the guarantor Ama Mensah".
  "agent", "rep", "caller", "advisor", "adviser", "technician", "courier", "recruiter", "supervisor",
  "teammate", "student", "teacher", "guest", "passenger", "guarantor", "cosigner", "interviewer",
];
// What the words and phrases ending right before a run say, as bit flags, all in one table so
// the word nearest a run is looked up once.
const STRONG = 1;
const SIGN_OFF = 2;
const MEDIUM = 4;
const PHRASE_KIND_MASK = STRONG | SIGN_OFF | MEDIUM;
const HONORIFIC = 8;
const GREETING = 16;
// The end of a longer phrase ("is" and "name is" of "my name is"): only these grow into one.
const PHRASE_ENDING = 32;
const KINDS_BY_WORDS = new Map<string, number>();
function addKind(words: string, kind: number): void {
  KINDS_BY_WORDS.set(words, (KINDS_BY_WORDS.get(words) ?? 0) | kind);
}
for (const [phrases, kind] of [[STRONG_PHRASES, STRONG], [SIGN_OFFS, SIGN_OFF], [MEDIUM_PHRASES, MEDIUM]] as const) {
  for (const phrase of phrases) {
    addKind(phrase, kind);
    for (const ending of shorterEndings(phrase)) addKind(ending, PHRASE_ENDING);
  }
}
for (const honorific of HONORIFICS) addKind(honorific, HONORIFIC);
for (const greeting of GREETINGS) addKind(greeting, GREETING);

/** "my name is" → "name is", "is": the endings of a phrase, word by word, shorter than it. */
function shorterEndings(phrase: string): string[] {
  const words = phrase.split(" ");
  return words.slice(1).map((_, index) => words.slice(index + 1).join(" "));
}

/**
 * The kinds (`STRONG | SIGN_OFF | MEDIUM`) of the phrases of up to three words that end with
 * `nearest`, the word right before a run, whose own kinds are `nearestKinds`: "is",
 * "name is", "my name is".
 */
function phrasesEndingWith(text: string, nearest: WordBefore, nearestKinds: number): number {
  let phrase = nearest.word;
  let phraseKinds = nearestKinds;
  let kinds = nearestKinds & PHRASE_KIND_MASK;
  let word: WordBefore | null = nearest;
  for (let words = 1; words < 3 && (phraseKinds & PHRASE_ENDING) !== 0; words++) {
    word = wordBefore(text, word.start);
    if (word === null) break;
    phrase = `${word.word} ${phrase}`;
    phraseKinds = KINDS_BY_WORDS.get(phrase) ?? 0;
    kinds |= phraseKinds & PHRASE_KIND_MASK;
  }
  return kinds;
}

const HERE_AFTER = /^ here(?:[.,;!)]|\s*$)/;
// Email headers name people but also other things ("To: Support"), so they count as medium.
const EMAIL_HEADERS = new Set(["from", "to", "cc", "bcc", "reply-to"]);
// "[09:14] Sarah: …", "Anna Lee: …": a speaker at the start of a chat line.
const SPEAKER_PREFIX = /(?:^|\n)[ \t>*•-]*(?:\[[^\]\n]{1,24}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\)?[ \t]*-?[ \t]*)?$/;
// A field's value ends the field: "Name: Ann Lee, DOB …", not "**client:** Create Bedrock client".
const VALUE_END = /^(?:[ \t]*(?:[\r\n,;.|)"'<(\]*]|$)|\s+(?:on|at|from|and|is|was|has|here|to|for|\(|-{1,2}\s)|\s{2})/;
// What a speaker is from: "the …" or a capitalised name ("IT", "Acme"), not "from above".
const AFFILIATION_AFTER = /^(?:the |\p{Lu})/u;
const ENDS_CLAUSE = /^(?:[,!:.]|\s*$)/;
const CELL_PADDING = new AsciiCharacters(" \"'`");
const CELL_EDGES = new AsciiCharacters("|,\t()\r\n");

/**
 * Whether [start, end) could be a whole table, CSV or SQL cell: a pipe, comma, tab, bracket
 * or line edge on each side, quotes and spaces aside. Only such runs are looked up among the
 * table cells, which spares prose the cost of parsing tables.
 */
function isCellShaped(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && CELL_PADDING.has(text.charCodeAt(before - 1))) before--;
  if (before > 0 && !CELL_EDGES.has(text.charCodeAt(before - 1))) return false;
  let after = end;
  while (after < text.length && CELL_PADDING.has(text.charCodeAt(after))) after++;
  return after === text.length || CELL_EDGES.has(text.charCodeAt(after));
}

/** "full", "patient's", "customer": a word that makes "name" after it a name label. */
function isNameQualifier(word: string | undefined): boolean {
  return word !== undefined && (NAME_QUALIFIERS.has(word) || isPersonLabel(word));
}

/** What a field label before a run says of it: a person's field is strong, an email header medium. */
function labelledContext(label: string): NameContext | null {
  if (isPersonLabel(label)) return "strong";
  return EMAIL_HEADERS.has(label.toLowerCase()) ? "medium" : null;
}

/** Whether the clause ends right after `end`: "Thanks, Fatima!", not "Hi Ann and Bob". */
function endsClause(text: string, end: number): boolean {
  return ENDS_CLAUSE.test(text.slice(end, end + 2));
}

/** Whether " here" ends the clause after `end`: "Ann Lee here." */
function hereAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && text.startsWith("here", end + 1) && HERE_AFTER.test(text.slice(end, end + 7));
}

/**
 * Whether a self-introduction names where the speaker is from, which leaves no other reading
 * of an everyday-word name: "This is Grace from the billing team", "I'm Will from Acme".
 */
function introducesWithAffiliation(text: string, nearest: WordBefore, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !text.startsWith("from ", end + 1) || !AFFILIATION_AFTER.test(text.slice(end + 6, end + 11))) return false;
  if (nearest.word === "i'm" || nearest.word === "im") return true;
  return nearest.word === "is" && wordBefore(text, nearest.start)?.word === "this";
}

/** The context of the run at [start, end) of the normalised text; see `NameContext`. */
export function nameContext(input: NormalizedText, start: number, end: number): NameContext {
  const text = input.text;
  const nearest = wordBefore(text, start);
  const nearestKinds = nearest === null ? 0 : (KINDS_BY_WORDS.get(nearest.word) ?? 0);
  const separator = nearest?.separator ?? "";
  if ((nearestKinds & HONORIFIC) !== 0 && (separator === " " || separator === ". ")) return "strong";
  const label = labelBefore(text, start);
  if (label !== null) {
    const labelled = labelledContext(label);
    // `patient: Patient` in a type signature names a type after its field.
    if (labelled !== null && VALUE_END.test(text.slice(end, end + 8)) && lastLabelWord(label) !== text.slice(start, end).toLowerCase()) {
      return labelled;
    }
  }
  if (nearest && (separator === " " || separator === ", ")) {
    if ((nearestKinds & GREETING) !== 0) return nearest.word === "dear" || endsClause(text, end) ? "strong" : "medium";
    const phrases = phrasesEndingWith(text, nearest, nearestKinds);
    if ((phrases & STRONG) !== 0) return "strong";
    // "Patient name Carmen Zepeda", "full name Ann Lee": a name label without its colon.
    if (nearest.word === "name" && isNameQualifier(wordBefore(text, nearest.start)?.word)) return "strong";
    if ((phrases & SIGN_OFF) !== 0) return endsClause(text, end) ? "strong" : "medium";
    if ((phrases & MEDIUM) !== 0) return introducesWithAffiliation(text, nearest, end) ? "strong" : "medium";
  }
  if (isCellShaped(text, start, end)) {
    const header = columnHeaderAt(input, start);
    if (header !== null && isPersonLabel(header)) return "strong";
  }
  if (hereAfter(text, end)) return "medium";
  // A speaker needs what a line of its own needs: "Proposal Repo:" is a heading, "Sarah:" is not.
  if (text[end] === ":" && (text[end + 1] === " " || text[end + 1] === "\n") && SPEAKER_PREFIX.test(text.slice(Math.max(0, start - 40), start))) {
    return "standalone";
  }
  const lineStart = aloneOnLineFrom(text, start, end);
  if (lineStart !== -1) return followsSignOffLine(text, lineStart) ? "strong" : "standalone";
  return "none";
}
