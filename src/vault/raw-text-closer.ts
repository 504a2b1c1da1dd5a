import { BACKSLASH, CLOSE_BRACKET, CLOSE_PAREN, LESS_THAN, OPEN_BRACKET, OPEN_PAREN, toAsciiLower } from "./url-syntax.ts";

const BACKTICK = 0x60;
const MAX_BRACKET_DEPTH = 64;

/**
 * Creates a finder for the end of a `<script>` or `<style>` element a vendor's answer opened:
 * given each character after the opening tag, it returns true at the one that completes
 * `closingTag` (`"</style"`, lower-case; the text's case is ignored).
 *
 * Only a closing tag a markdown renderer passes on as HTML counts. One that is escaped
 * (`\</style>`), in a code span, or in a link's text, destination or title (`![</style>](…)`,
 * `[a](</style>)`) reaches the browser as text or not at all, so the browser goes on reading
 * CSS or script past it; it is skipped. Brackets and link parentheses are counted only
 * outside code spans; an unmatched one keeps the element open (the safe side). Not
 * recognised: a closing tag in a fenced or indented code block that starts inside the element.
 */
export function createRawTextCloser(closingTag: string): (code: number) => boolean {
  let matched = 0;
  let previous = 0;
  let backtickRun = 0;
  /** The length of the backtick run that opened the current code span, or 0 outside one. */
  let codeSpanRun = 0;
  let bracketDepth = 0;
  /** After a link's `](`, up to its `)`: destination and title. */
  let inLinkTail = false;

  return function takeRawText(code) {
    if (code === BACKTICK) {
      backtickRun++;
      matched = 0;
      previous = code;
      return false;
    }
    if (backtickRun > 0) {
      if (codeSpanRun === 0) codeSpanRun = backtickRun;
      else if (backtickRun === codeSpanRun) codeSpanRun = 0;
      backtickRun = 0;
    }
    if (codeSpanRun === 0) {
      if (code === OPEN_BRACKET) {
        if (bracketDepth < MAX_BRACKET_DEPTH) bracketDepth++;
      } else if (code === CLOSE_BRACKET) {
        if (bracketDepth > 0) bracketDepth--;
      } else if (code === OPEN_PAREN) {
        if (previous === CLOSE_BRACKET) inLinkTail = true;
      } else if (code === CLOSE_PAREN) inLinkTail = false;
    }
    const lower = toAsciiLower(code);
    if (matched > 0 && lower === closingTag.charCodeAt(matched)) matched++;
    else if (code === LESS_THAN && previous !== BACKSLASH && codeSpanRun === 0 && bracketDepth === 0 && !inLinkTail) matched = 1;
    else matched = 0;
    previous = code;
    return matched === closingTag.length;
  };
}
