import type { RecognizerMatch } from "../types.ts";

// ", ext. 204", " x12", " ext 7", " x 300", " extension 4410": a word for extension and up to
// six digits, not glued to a letter or to a further digit group ("x2.5", "ext 12b").
const EXTENSION = /,? ?(?:ext(?:ension)?\.?|x) ?:? ?(\d{1,6})(?![\w]|[.\-/]\d)/iy;

/**
 * `match` grown over the extension written right after the number, if any: an extension is
 * part of how a person is reached, so it must not be left in clear beside a placeholder.
 * The canonical form gains ";ext=…" (as in RFC 3966), so two extensions of one switchboard
 * stay two values.
 */
export function withExtension(text: string, match: RecognizerMatch): RecognizerMatch {
  const next = text.charCodeAt(match.end);
  // Only a space, comma or "x"/"e" can start an extension; most numbers end otherwise.
  if (next !== 32 && next !== 44 && next !== 120 && next !== 88 && next !== 101 && next !== 69) return match;
  EXTENSION.lastIndex = match.end;
  const extension = EXTENSION.exec(text);
  if (!extension) return match;
  return { ...match, end: match.end + extension[0].length, canonical: `${match.canonical};ext=${extension[1] ?? ""}` };
}
