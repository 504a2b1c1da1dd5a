import { createStreamRestorer } from "./create-stream-restorer.ts";
import type { RestoreOptions } from "./restore-options.ts";

export type { PlaceholderOutcome, RestoreEncoding, RestoreOptions } from "./restore-options.ts";

/**
 * Puts the values of this exchange's placeholders back into a complete text. Placeholders
 * `lookup` does not know, and those inside a URL, stay as they are (see
 * `createRestoreUrlContext` for what counts as inside a URL).
 */
export function restoreText(text: string, options: RestoreOptions): string {
  // Without a `[` there is no placeholder, and no URL context is worth following.
  if (text.indexOf("[") === -1) return text;
  return createStreamRestorer(options).finish(text);
}
