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
 * Words as SQLite FTS5's unicode61 tokenizer sees them: runs of letters and digits,
 * case-folded, without diacritics. Brackets and underscores split, so `[US_SSN_7QK2MX]`
 * is `us ssn 7qk2mx`.
 */
export function searchTokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
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
