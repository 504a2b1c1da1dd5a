import type { AuditFilter } from "../../audit/audit-query.ts";
import { NON_REFUSAL_STATUSES } from "../../audit/audit-query.ts";
import { searchTokens } from "../../audit/search-text.ts";

/** A WHERE clause over `audit_entries AS e` and its parameters. */
export interface SqlFilter {
  where: string;
  params: Array<string | number>;
}

/**
 * An FTS5 query with the memory store's meaning: each term is a phrase of its words, the
 * last word a prefix; terms are ANDed. Words are re-tokenised here, so user input can never
 * inject FTS5 syntax. Returns undefined when the text has no words.
 */
/** SQL true for a refused exchange's status; bind `NON_REFUSAL_STATUSES` to its placeholders. */
export const REFUSED_STATUS_SQL = `e.status NOT IN (${NON_REFUSAL_STATUSES.map(() => "?").join(", ")})`;

export function ftsQuery(text: string): string | undefined {
  const phrases = text
    .split(/\s+/)
    .map(searchTokens)
    .filter((words) => words.length > 0)
    .map((words) => `"${words.join(" ")}"*`);
  return phrases.length > 0 ? phrases.join(" AND ") : undefined;
}

/** Translates an AuditFilter to SQL with the same meaning as matchesAuditFilter (see audit-query.ts). */
export function sqlAuditFilter(filter: AuditFilter): SqlFilter {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  const add = (clause: string, ...values: Array<string | number>) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.from !== undefined) add("e.time >= ?", filter.from);
  if (filter.to !== undefined) add("e.time < ?", filter.to);
  if (filter.kind !== undefined) add("e.kind = ?", filter.kind);
  if (filter.keyId !== undefined) add("e.key_id = ?", filter.keyId);
  if (filter.tenant !== undefined) add("e.tenant = ?", filter.tenant);
  if (filter.vendor !== undefined) add("e.kind = 'exchange' AND e.vendor = ?", filter.vendor);
  if (filter.model !== undefined) add("e.kind = 'exchange' AND e.model = ?", filter.model);
  if (filter.status !== undefined) add("e.kind = 'exchange' AND e.status = ?", filter.status);
  if (filter.outcome === "ok") add("e.kind = 'exchange' AND e.status = 'ok'");
  if (filter.outcome === "refused") {
    add(`e.kind = 'exchange' AND ${REFUSED_STATUS_SQL}`, ...NON_REFUSAL_STATUSES);
  }
  if (filter.entityType !== undefined) {
    add("e.kind = 'exchange' AND EXISTS (SELECT 1 FROM json_each(e.entity_counts) WHERE key = ? AND value > 0)", filter.entityType);
  }
  if (filter.ruleId !== undefined) add("e.kind = 'exchange' AND EXISTS (SELECT 1 FROM json_each(e.rule_ids) WHERE value = ?)", filter.ruleId);
  const match = filter.text === undefined ? undefined : ftsQuery(filter.text);
  if (match !== undefined) add("e.seq IN (SELECT rowid FROM audit_text WHERE audit_text MATCH ?)", match);
  return { where: clauses.length > 0 ? clauses.join(" AND ") : "1", params };
}
