import { canonicalJson } from "./canonical-json.ts";
import type { AuditEntry } from "./audit-entry.ts";

/**
 * The text free-text search looks in: an exchange's redacted request and response, or an
 * admin action's name, target and before/after. Stores index exactly this.
 */
export function searchableText(entry: AuditEntry): string {
  if (entry.kind === "exchange") return `${entry.record.redactedRequest ?? ""}\n${entry.record.redactedResponse ?? ""}`;
  const { action, target, before, after } = entry.record;
  return `${action}\n${target}\n${canonicalJson(before ?? null)}\n${canonicalJson(after ?? null)}`;
}

/**
 * Text in the form search compares: compatibility-decomposed (NFKD, so full-width letters
 * and ligatures become plain ones), without combining marks, lower-case. Queries are read
 * in this form, so a store's index must hold its text in this form too.
 */
export function foldSearchText(text: string): string {
  // Only the non-ASCII runs are decomposed: an ASCII character is a starter that NFKD keeps
  // and never reorders across, so this equals decomposing the whole text, at a third of the
  // cost on a mostly-ASCII transcript (a store folds every entry it indexes or verifies).
  return text.replace(NON_ASCII_RUN, (run) => run.normalize("NFKD").replace(COMBINING_MARKS, "")).toLowerCase();
}
const NON_ASCII_RUN = /[^\u0000-\u007f]+/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** What a store's full-text index holds for an entry: its searchable text, folded. */
export function indexedSearchText(entry: AuditEntry): string {
  return foldSearchText(searchableText(entry));
}

/**
 * Words as SQLite FTS5's unicode61 tokenizer sees them in folded text: runs of letters and
 * digits. Brackets and underscores split, so `[US_SSN_7QK2MX]` is `us ssn 7qk2mx`.
 */
export function searchTokens(text: string): string[] {
  return foldSearchText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether every whitespace-separated term of `query` occurs in the entry as a run of words,
 * the last word of each term matching as a prefix (FTS5's `"a b"*`).
 */
export function matchesSearchText(entry: AuditEntry, query: string): boolean {
  const words = searchTokens(searchableText(entry));
  return query
    .split(/\s+/)
    .map(searchTokens)
    .filter((term) => term.length > 0)
    .every((term) => words.some((_, start) => term.every((part, offset) => {
      const word = words[start + offset];
      if (word === undefined) return false;
      return offset === term.length - 1 ? word.startsWith(part) : word === part;
    })));
}
