/**
 * How a restored value is written back: `"text"` inserts it as-is; `"json-string"` treats
 * the text as JSON source (e.g. a tool call's `arguments`, possibly partial) and inserts
 * the value JSON-string-escaped so the JSON stays valid.
 */
export type RestoreEncoding = "text" | "json-string";

/** What became of one placeholder found in a vendor's answer. */
export type PlaceholderOutcome = "restored" | "kept-in-url" | "unknown";

/** Options shared by {@link restoreText} and {@link createStreamRestorer}. */
export interface RestoreOptions {
  /** Value for a placeholder issued in THIS exchange, else undefined (then the placeholder stays as text). */
  lookup: (placeholder: string) => string | undefined;
  /** Defaults to `"text"`. */
  encoding?: RestoreEncoding;
  /** Called once for each placeholder-shaped string, restored or withheld, for counting. */
  onPlaceholder?: (placeholder: string, outcome: PlaceholderOutcome) => void;
}
