import { isLabelChar } from "./placeholder-format.ts";
import { BACKSLASH, CLOSE_BRACKET, COLON, OPEN_BRACKET } from "./url-syntax.ts";

/**
 * Follows what may be a markdown reference definition's label, from a `[` that starts a
 * line, for the URL context (restore-url-context.ts). The label may hold whitespace and
 * line breaks; it ends at a blank line or at a `]` that is neither `\]` nor a placeholder's
 * (restored, a placeholder leaves no bracket, so `[a \[US_SSN_7QK2MX] b]:` is a definition
 * once restored). A `:` right after its `]` makes it a definition.
 */
export interface DefinitionLabelTracker {
  /** True from the `[` until the label ends. */
  open: boolean;
  start(): void;
  /** Follows a non-whitespace character after the `[`; true when it is the `:` of a definition. */
  take(code: number): boolean;
  takeWhitespace(code: number): void;
}

/** Creates the label tracker of one URL context. */
export function createDefinitionLabelTracker(): DefinitionLabelTracker {
  /** The label's `]` came last: a `:` now makes it a definition; anything else ends it. */
  let closePending = false;
  let previous = 0;
  /** Placeholder characters since the label's last `[`, or -1 once another character came. */
  let bracketRun = -1;

  const tracker: DefinitionLabelTracker = {
    open: false,
    start: function start() {
      tracker.open = true;
      closePending = false;
      previous = OPEN_BRACKET;
      bracketRun = 0;
    },
    take: function take(code) {
      const before = previous;
      previous = code;
      if (closePending) {
        closePending = false;
        if (code !== COLON) {
          tracker.open = false;
          return false;
        }
      }
      if (code === COLON) {
        bracketRun = -1;
        if (before !== CLOSE_BRACKET) return false;
        tracker.open = false;
        return true;
      }
      if (code === OPEN_BRACKET) bracketRun = 0;
      else if (code === CLOSE_BRACKET) {
        if (bracketRun <= 0 && before !== BACKSLASH) closePending = true;
        bracketRun = -1;
      } else if (bracketRun >= 0) bracketRun = isLabelChar(code) ? bracketRun + 1 : -1;
      return false;
    },
    takeWhitespace: function takeWhitespace(code) {
      if (closePending) tracker.open = closePending = false;
      bracketRun = -1;
      previous = code;
    },
  };
  return tracker;
}
