import { DOUBLE_QUOTE, EQUALS, GREATER_THAN, LESS_THAN, SINGLE_QUOTE, SLASH, isAsciiLetter, isAsciiLetterOrDigit } from "./url-syntax.ts";

export const TAG_OUTSIDE = 0;
/** Inside `<…>`: nothing is restored up to the closing `>`. */
export const TAG_STRICT = 1;
/** In a tag a blank line went through outside quotes: only its attribute values are URL, up to the `>`. */
export const TAG_LINGERING = 2;

/** {@link HtmlTagTracker.take} flags: the character belongs to an attribute value (its quotes included). */
export const TAG_STEP_VALUE = 1;
/** The character is the `>` that closes the tag. */
export const TAG_STEP_CLOSED = 2;
/** A quoted value ended just before, and this `/` or `>` ends its text: no URL runs on from it. */
export const TAG_STEP_VALUE_ENDED = 4;

/** Elements whose content the browser runs as CSS or script, by tag name, with what closes them. */
const RAW_TEXT_CLOSERS = new Map<string, string>([
  ["script", "</script"],
  ["style", "</style"],
]);
const LONGEST_RAW_TEXT_NAME = 6;

/**
 * Follows `<…>` in a vendor's answer — a tag, an autolink or a `<…>` link destination — for
 * the URL context (restore-url-context.ts): its mode, its attribute values (quoted or bare,
 * after `=` and optional whitespace), and whether a `<script` or `<style` tag started in it.
 */
export interface HtmlTagTracker {
  /** {@link TAG_OUTSIDE}, {@link TAG_STRICT} or {@link TAG_LINGERING}. */
  mode: number;
  /** After {@link TAG_STEP_CLOSED}: `"</script"` or `"</style"` when the text that follows is such an element's, else `""`. */
  rawTextCloser: string;
  /** Opens `<…>`: a tag or autolink whose name starts with `firstLetter`, or (0) a destination. */
  open(firstLetter: number): void;
  /** Follows a non-whitespace character inside `<…>` and returns `TAG_STEP_*` flags. */
  take(code: number): number;
  takeWhitespace(): void;
  /**
   * A blank line outside quotes ends a `<…>` destination (it holds no line break). It ends a
   * tag only for block renderers; inline ones (`renderInline`, `parseInline`) still read
   * `<img⏎⏎src = "…">` as one tag, so the tag goes on, lingering, to its `>`.
   */
  takeBlankLine(): void;
  /** True when a placeholder here would be inside an attribute value. */
  isInValue(): boolean;
}

/** Creates the tag tracker of one URL context. */
export function createHtmlTagTracker(): HtmlTagTracker {
  /** The name of the tag whose `<` came last in this `<…>` (its own, or one inside it), lower-case, cut after seven characters. */
  let tagName = "";
  let readingName = false;
  let lessThanLast = false;
  let quote = 0;
  let quoteClosedLast = false;
  let afterEquals = false;
  let inBareValue = false;

  function endName(): void {
    readingName = false;
    const closer = RAW_TEXT_CLOSERS.get(tagName);
    if (closer !== undefined) tracker.rawTextCloser = closer;
  }

  const tracker: HtmlTagTracker = {
    mode: TAG_OUTSIDE,
    rawTextCloser: "",
    open: function open(firstLetter) {
      tracker.mode = TAG_STRICT;
      tracker.rawTextCloser = "";
      tagName = firstLetter === 0 ? "" : String.fromCharCode(firstLetter | 0x20);
      readingName = firstLetter !== 0;
      lessThanLast = firstLetter === 0;
      quote = 0;
      quoteClosedLast = false;
      afterEquals = false;
      inBareValue = false;
    },
    take: function take(code) {
      let step = 0;
      if (quoteClosedLast) {
        quoteClosedLast = false;
        if (code === GREATER_THAN || code === SLASH) step = TAG_STEP_VALUE_ENDED;
      }
      if (readingName) {
        if (isAsciiLetterOrDigit(code)) {
          if (tagName.length <= LONGEST_RAW_TEXT_NAME) tagName += String.fromCharCode(code | 0x20);
          return quote !== 0 || inBareValue ? TAG_STEP_VALUE : 0;
        }
        endName();
      } else if (lessThanLast && isAsciiLetter(code)) {
        // A `<style>` even inside an attribute value: if the outer tag is not valid markdown
        // HTML (a blank line in its quotes, a `<` in a bare value), renderers emit the inner one.
        tagName = String.fromCharCode(code | 0x20);
        readingName = true;
      }
      lessThanLast = code === LESS_THAN;
      if (quote !== 0) {
        if (code === quote) {
          quote = 0;
          quoteClosedLast = true;
        }
        return TAG_STEP_VALUE;
      }
      if (code === GREATER_THAN) {
        tracker.mode = TAG_OUTSIDE;
        return step | TAG_STEP_CLOSED;
      }
      if (inBareValue) return TAG_STEP_VALUE;
      if (afterEquals) {
        afterEquals = false;
        // Only a quote that opens an attribute value hides a `>`; `it's` in an autolink does not.
        if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) quote = code;
        else inBareValue = true;
        return TAG_STEP_VALUE;
      }
      afterEquals = code === EQUALS;
      return step;
    },
    takeWhitespace: function takeWhitespace() {
      inBareValue = false;
      lessThanLast = false;
      quoteClosedLast = false;
      if (readingName) endName();
    },
    takeBlankLine: function takeBlankLine() {
      if (tracker.mode === TAG_STRICT && quote === 0) tracker.mode = tagName !== "" ? TAG_LINGERING : TAG_OUTSIDE;
    },
    isInValue: () => quote !== 0 || afterEquals || inBareValue,
  };
  return tracker;
}
