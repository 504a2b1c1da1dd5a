// Look-arounds stay this short, so a megabyte on one line costs no more than a short one.
const LINE_WINDOW = 120;
const NEWLINE = 10;
const NON_ASCII_SPACE = /\s/;
const SIGN_OFF_LINE =
  /^(?:(?:many |with )?thanks(?: again| in advance| so much)?|thank you(?: so much)?|(?:best|kind|warm|warmest) (?:regards|wishes)|regards|best|cheers|sincerely|yours(?: sincerely| truly)?|respectfully|all the best|warmly|take care|talk soon|love|signed|mit freundlichen grüßen|cordialement|saludos|atentamente)[\s,.!]*$/i;

/** White space as a regular expression's `\s` reads it. */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return NON_ASCII_SPACE.test(text[at] ?? "");
}

/** What may stand before a run on its own line: white space, a bullet, a quote marker. */
function isLineDecoration(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 45 || code === 42 || code === 62 || code === 0x2022 || isSpace(text, at);
}

/** What may stand after a run on its own line: white space and closing punctuation. */
function isLineTail(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 46 || code === 44 || code === 59 || code === 33 || isSpace(text, at);
}

/**
 * Where the line holding [start, end) starts, when the run is all the line holds (bullets and
 * punctuation aside); else -1. A line longer than the window either side counts as not alone.
 */
export function aloneOnLineFrom(text: string, start: number, end: number): number {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== NEWLINE) {
    if (start - lineStart === LINE_WINDOW || !isLineDecoration(text, lineStart - 1)) return -1;
    lineStart--;
  }
  if (lineStart > 0 && start - lineStart === LINE_WINDOW) return -1;
  for (let at = end; at < text.length; at++) {
    if (at === end + LINE_WINDOW) return -1;
    if (text.charCodeAt(at) === NEWLINE) break;
    if (!isLineTail(text, at)) return -1;
  }
  return lineStart;
}

/** The last non-blank line of the text just before `lineStart`, trimmed, or "". */
function previousLine(text: string, lineStart: number): string {
  const lines = text.slice(Math.max(0, lineStart - LINE_WINDOW), lineStart).split("\n");
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]?.trim() ?? "";
    if (line.length > 0) return index > 0 || lineStart <= LINE_WINDOW ? line : "";
  }
  return "";
}

/** Whether the line before the one starting at `lineStart` is a sign-off ("Best regards,"). */
export function followsSignOffLine(text: string, lineStart: number): boolean {
  return SIGN_OFF_LINE.test(previousLine(text, lineStart));
}
