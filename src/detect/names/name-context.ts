import { columnHeaderAt } from "../context/column-header-at.ts";
import type { NormalizedText } from "../types.ts";
import { isHonorific } from "./honorifics.ts";
import { labelBefore } from "./label-before.ts";
import { isPersonLabel } from "./person-label.ts";
import { wordsBefore } from "./words-before.ts";

/**
 * How strongly the text around a capitalised run says "a person's name is here":
 * - `strong`: an honorific, a name field or column, "my name is", "Dear", a sign-off line;
 * - `medium`: "I'm", "this is", "Hi", "cc", a relative or role ("my daughter", "Patient"), "X here",
 *   an email header ("From:");
 * - `standalone`: the run is alone on its line (a signature, a list of people) or is a chat
 *   speaker ("[09:14] Sarah:");
 * - `none`: nothing around it.
 */
export type NameContext = "strong" | "medium" | "standalone" | "none";

const STRONG_PHRASES = new Set(["my name is", "name is", "name's", "call me", "dear", "attn", "attention"]);
const NAME_QUALIFIERS = new Set(["full", "first", "last", "given", "family", "middle", "legal", "maiden", "preferred", "birth", "patient's", "your", "my", "his", "her", "their"]);
const GREETINGS = new Set(["hi", "hello", "hey", "dear", "morning", "afternoon", "evening", "greetings", "welcome"]);
const SIGN_OFFS = new Set(["thanks", "thank you", "regards", "cheers", "sincerely", "best", "thx", "warmly", "yours", "respectfully", "love"]);
const MEDIUM_PHRASES = new Set([
  "i'm", "i am", "im", "this is", "it's", "it is", "cc", "loop in", "looping in", "looped in", "meet",
  "named", "called", "by", "behalf of", "order of", "from", "introducing",
  // Relatives and roles: "my daughter Nadia", "Patient April Cassin", "our new hire Alfonso".
  "patient", "customer", "client", "employee", "colleague", "coworker", "hire", "candidate",
  "applicant", "tenant", "landlord", "husband", "wife", "spouse", "partner", "son", "daughter",
  "mother", "father", "mom", "mum", "dad", "brother", "sister", "aunt", "uncle", "cousin",
  "grandmother", "grandfather", "grandma", "grandpa", "friend", "boss", "manager", "neighbor",
  "neighbour", "doctor", "nurse", "roommate", "fiance", "fiancé", "fiancée", "niece", "nephew",
  "child", "contact", "beneficiary", "payee", "member", "physician", "surgeon", "therapist",
]);
const SIGN_OFF_LINE =
  /^(?:(?:many |with )?thanks(?: again| in advance| so much)?|thank you(?: so much)?|(?:best|kind|warm|warmest) (?:regards|wishes)|regards|best|cheers|sincerely|yours(?: sincerely| truly)?|respectfully|all the best|warmly|take care|talk soon|love|signed|mit freundlichen grüßen|cordialement|saludos|atentamente)[\s,.!]*$/i;
const LINE_DECORATION = /^[\s>*•-]*$/;
const LINE_TAIL = /^[\s.,;!]*$/;
const HERE_AFTER = /^ here(?:[.,;!)]|\s*$)/;
// Email headers name people but also other things ("To: Support"), so they count as medium.
const EMAIL_HEADERS = new Set(["from", "to", "cc", "bcc", "reply-to"]);
// "[09:14] Sarah: …", "Anna Lee: …": a speaker at the start of a chat line.
const SPEAKER_PREFIX = /(?:^|\n)[ \t>*•-]*(?:\[[^\]\n]{1,24}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\)?[ \t]*-?[ \t]*)?$/;
// A field's value ends the field: "Name: Ann Lee, DOB …", not "**client:** Create Bedrock client".
const VALUE_END = /^(?:[ \t]*(?:[\r\n,;.|)"'<(\]*]|$)|\s+(?:on|at|from|and|is|was|has|here|to|for|\(|-{1,2}\s)|\s{2})/;
const ENDS_CLAUSE = /^(?:[,!:.]|\s*$)/;
const CELL_PADDING = new Set([" ", '"', "'", "`"]);
const CELL_EDGES = new Set(["|", ",", "\t", "(", ")", "\r", "\n"]);

/**
 * Whether [start, end) could be a whole table, CSV or SQL cell: a pipe, comma, tab, bracket
 * or line edge on each side, quotes and spaces aside. Only such runs are looked up among the
 * table cells, which spares prose the cost of parsing tables.
 */
function isCellShaped(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && CELL_PADDING.has(text[before - 1] ?? "")) before--;
  if (before > 0 && !CELL_EDGES.has(text[before - 1] ?? "")) return false;
  let after = end;
  while (after < text.length && CELL_PADDING.has(text[after] ?? "")) after++;
  return after === text.length || CELL_EDGES.has(text[after] ?? "");
}

/** The last word of a label, lower-cased: "customerName" → "name", "patient" → "patient". */
function lastLabelWord(label: string): string {
  const words = label.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").toLowerCase().split(/[^\p{L}]+/u);
  return words.filter((word) => word.length > 0).pop() ?? "";
}

// Look-arounds stay this short, so a megabyte on one line costs no more than a short one.
const LINE_WINDOW = 120;

/** The last non-blank line of the text just before `lineStart`, trimmed, or "". */
function previousLine(text: string, lineStart: number): string {
  const lines = text.slice(Math.max(0, lineStart - LINE_WINDOW), lineStart).split("\n");
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]?.trim() ?? "";
    if (line.length > 0) return index > 0 || lineStart <= LINE_WINDOW ? line : "";
  }
  return "";
}

/** Where the line holding [start, end) starts, when the run is all the line holds (bullets and punctuation aside); else -1. */
function aloneOnLineFrom(text: string, start: number, end: number): number {
  const head = text.slice(Math.max(0, start - LINE_WINDOW), start);
  const newline = head.lastIndexOf("\n");
  if ((newline === -1 && start > LINE_WINDOW) || !LINE_DECORATION.test(head.slice(newline + 1))) return -1;
  const tail = text.slice(end, end + LINE_WINDOW);
  const tailEnd = tail.indexOf("\n");
  if (tailEnd === -1 && end + LINE_WINDOW < text.length) return -1;
  return LINE_TAIL.test(tailEnd === -1 ? tail : tail.slice(0, tailEnd)) ? start - head.length + newline + 1 : -1;
}

/** The context of the run at [start, end) of the normalised text; see `NameContext`. */
export function nameContext(input: NormalizedText, start: number, end: number): NameContext {
  const text = input.text;
  const before = wordsBefore(text, start, 3);
  const nearest = before[0];
  const separator = nearest?.separator ?? "";
  if (nearest && isHonorific(nearest.word) && (separator === " " || separator === ". ")) return "strong";
  const label = labelBefore(text, start);
  // `patient: Patient` in a type signature names a type after its field.
  const sameAsLabel = label !== null && lastLabelWord(label) === text.slice(start, end).toLowerCase();
  if (label !== null && !sameAsLabel && VALUE_END.test(text.slice(end, end + 8))) {
    if (isPersonLabel(label)) return "strong";
    if (EMAIL_HEADERS.has(label.toLowerCase())) return "medium";
  }
  if (nearest && (separator === " " || separator === ", ")) {
    const after = text.slice(end, end + 2);
    if (GREETINGS.has(nearest.word)) return nearest.word === "dear" || ENDS_CLAUSE.test(after) ? "strong" : "medium";
    const phrases = [nearest.word];
    for (const word of before.slice(1)) phrases.push(`${word.word} ${phrases[phrases.length - 1]}`);
    if (phrases.some((phrase) => STRONG_PHRASES.has(phrase))) return "strong";
    // "Patient name Carmen Zepeda", "full name Ann Lee": a name label without its colon.
    if (nearest.word === "name" && before[1] && (NAME_QUALIFIERS.has(before[1].word) || isPersonLabel(before[1].word))) return "strong";
    if (phrases.some((phrase) => SIGN_OFFS.has(phrase))) return ENDS_CLAUSE.test(after) ? "strong" : "medium";
    if (phrases.some((phrase) => MEDIUM_PHRASES.has(phrase))) return "medium";
  }
  if (isCellShaped(text, start, end)) {
    const header = columnHeaderAt(input, start);
    if (header !== null && isPersonLabel(header)) return "strong";
  }
  if (HERE_AFTER.test(text.slice(end, end + 7))) return "medium";
  // A speaker needs what a line of its own needs: "Proposal Repo:" is a heading, "Sarah:" is not.
  if (text[end] === ":" && (text[end + 1] === " " || text[end + 1] === "\n") && SPEAKER_PREFIX.test(text.slice(Math.max(0, start - 40), start))) {
    return "standalone";
  }
  const lineStart = aloneOnLineFrom(text, start, end);
  if (lineStart !== -1) return SIGN_OFF_LINE.test(previousLine(text, lineStart)) ? "strong" : "standalone";
  return "none";
}
