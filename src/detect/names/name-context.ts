import { columnHeaderAt } from "../context/column-header-at.ts";
import { lineEndAt } from "../context/line-end-at.ts";
import type { NormalizedText } from "../types.ts";
import { isHonorific } from "./honorifics.ts";
import { labelBefore } from "./label-before.ts";
import { isPersonLabel } from "./person-label.ts";
import { wordsBefore } from "./words-before.ts";

/**
 * How strongly the text around a capitalised run says "a person's name is here":
 * - `strong`: an honorific, a name field or column, "my name is", "Dear", a sign-off line;
 * - `medium`: "I'm", "this is", "Hi", "cc", a relative or role ("my daughter", "Patient"), "X here";
 * - `standalone`: the run is alone on its line (a signature, a list of people);
 * - `none`: nothing around it.
 */
export type NameContext = "strong" | "medium" | "standalone" | "none";

const STRONG_PHRASES = new Set(["my name is", "name is", "name's", "call me", "dear", "signed", "name", "attn", "attention"]);
const GREETINGS = new Set(["hi", "hello", "hey", "dear", "morning", "afternoon", "evening", "greetings", "welcome"]);
const SIGN_OFFS = new Set(["thanks", "thank you", "regards", "cheers", "sincerely", "best", "thx", "warmly", "yours", "respectfully", "love"]);
const MEDIUM_PHRASES = new Set([
  "i'm", "i am", "im", "this is", "it's", "it is", "cc", "loop in", "looping in", "looped in", "meet",
  "named", "called", "by", "behalf of", "order of", "with", "from", "introducing",
  // Relatives and roles: "my daughter Nadia", "Patient April Cassin", "our new hire Alfonso".
  "patient", "customer", "client", "employee", "colleague", "coworker", "hire", "candidate",
  "applicant", "tenant", "landlord", "husband", "wife", "spouse", "partner", "son", "daughter",
  "mother", "father", "mom", "mum", "dad", "brother", "sister", "aunt", "uncle", "cousin",
  "grandmother", "grandfather", "grandma", "grandpa", "friend", "boss", "manager", "neighbor",
  "neighbour", "doctor", "nurse", "roommate", "fiance", "fiancé", "fiancée", "niece", "nephew",
  "child", "contact", "beneficiary", "payee", "member", "physician", "surgeon", "therapist",
]);
const SIGN_OFF_LINE = /^(?:(?:many |with )?thanks|thank you|(?:best|kind|warm|warmest) regards|regards|best|cheers|sincerely|yours(?: sincerely| truly)?|respectfully|all the best|warmly|take care|love)[\s,.!]*$/i;
const LINE_DECORATION = /^[\s>*•-]*$/;
const LINE_TAIL = /^[\s.,;!]*$/;
const HERE_AFTER = /^ here(?:[.,;!)]|\s*$)/;
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

/** The previous non-blank line before `lineStart`, trimmed, or "". */
function previousLine(text: string, lineStart: number): string {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line.length > 0) return line;
    end = start - 1;
  }
  return "";
}

/** The context of the run at [start, end) of the normalised text; see `NameContext`. */
export function nameContext(input: NormalizedText, start: number, end: number): NameContext {
  const text = input.text;
  const before = wordsBefore(text, start, 3);
  const nearest = before[0];
  const separator = nearest?.separator ?? "";
  if (nearest && isHonorific(nearest.word) && (separator === " " || separator === ". ")) return "strong";
  const label = labelBefore(text, start);
  if (label !== null && isPersonLabel(label)) return "strong";
  if (nearest && (separator === " " || separator === ", ")) {
    const after = text.slice(end, end + 2);
    if (GREETINGS.has(nearest.word)) return nearest.word === "dear" || ENDS_CLAUSE.test(after) ? "strong" : "medium";
    const phrases = [nearest.word];
    for (const word of before.slice(1)) phrases.push(`${word.word} ${phrases[phrases.length - 1]}`);
    if (phrases.some((phrase) => STRONG_PHRASES.has(phrase))) return "strong";
    if (phrases.some((phrase) => SIGN_OFFS.has(phrase))) return ENDS_CLAUSE.test(after) ? "strong" : "medium";
    if (phrases.some((phrase) => MEDIUM_PHRASES.has(phrase))) return "medium";
  }
  if (isCellShaped(text, start, end)) {
    const header = columnHeaderAt(input, start);
    if (header !== null && isPersonLabel(header)) return "strong";
  }
  if (HERE_AFTER.test(text.slice(end, end + 7))) return "medium";
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (LINE_DECORATION.test(text.slice(lineStart, start)) && LINE_TAIL.test(text.slice(end, lineEndAt(text, end)))) {
    return SIGN_OFF_LINE.test(previousLine(text, lineStart)) ? "strong" : "standalone";
  }
  return "none";
}
