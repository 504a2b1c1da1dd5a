import { CLOSE_PAREN, DOUBLE_QUOTE, SINGLE_QUOTE } from "./url-syntax.ts";

/** A CSS `url(…)` being read: open until its `)`, which a quoted URL may contain. */
export interface CssUrlTracker {
  readonly open: boolean;
  start(): void;
  take(code: number): void;
  /** A blank line ends an unquoted `url(` for every renderer; a quoted one runs on. */
  takeBlankLine(): void;
}

export function createCssUrlTracker(): CssUrlTracker {
  let open = false;
  let quote = 0;
  return {
    get open() {
      return open;
    },
    start() {
      open = true;
      quote = 0;
    },
    take(code) {
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) quote = code;
      else if (code === CLOSE_PAREN) open = false;
    },
    takeBlankLine() {
      if (quote === 0) open = false;
    },
  };
}
