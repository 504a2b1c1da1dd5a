import { type AuditEntry, type AuditEntryKind, entryKeyId } from "./audit-entry.ts";
import { auditFacets } from "./audit-facets.ts";
import { matchesSearchText } from "./search-text.ts";

/**
 * What an auditor searches for. Every field narrows; absent fields do not. Fields that only
 * exchanges have (vendor, model, status, outcome, entity type, rule id) leave admin actions out.
 */
export interface AuditFilter {
  /** ISO time, inclusive. */
  from?: string;
  /** ISO time, exclusive. */
  to?: string;
  kind?: AuditEntryKind;
  /** The caller's key for exchanges, the actor's key for admin actions. */
  keyId?: string;
  /** Matches a record's `tenant` field, for deployments whose records carry one. */
  tenant?: string;
  vendor?: string;
  model?: string;
  /** Exact status, e.g. `ok` or `model_not_found`. */
  status?: string;
  /** `refused`: any status but ok and client_disconnected. */
  outcome?: "ok" | "refused";
  entityType?: string;
  /** A detection or policy rule that fired (`ruleIds` or `findingRules[].rule`). */
  ruleId?: string;
  /** Words in the redacted transcript (or an admin action's text); the last word may be a prefix. */
  text?: string;
}

/** A filter plus paging: entries after `afterSeq` in `order`, at most `limit`. */
export interface AuditQuery extends AuditFilter {
  order?: "asc" | "desc";
  afterSeq?: number;
  limit: number;
}

/** Statuses that are not refusals: the exchange went through, or the client left. */
export const NON_REFUSAL_STATUSES: readonly string[] = ["ok", "client_disconnected"];

const exchangeField = (entry: AuditEntry, pick: (record: Extract<AuditEntry, { kind: "exchange" }>["record"]) => unknown): unknown =>
  entry.kind === "exchange" ? pick(entry.record) : undefined;

/**
 * The reference meaning of a filter, used by the memory store; every other store must
 * agree with it (the contract suite checks).
 */
export function matchesAuditFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  const time = entry.record.time;
  if (filter.from !== undefined && time < filter.from) return false;
  if (filter.to !== undefined && time >= filter.to) return false;
  if (filter.kind !== undefined && entry.kind !== filter.kind) return false;
  if (filter.keyId !== undefined && entryKeyId(entry) !== filter.keyId) return false;
  if (filter.tenant !== undefined && (entry.record as unknown as Record<string, unknown>).tenant !== filter.tenant) return false;
  if (filter.vendor !== undefined && exchangeField(entry, (record) => record.vendor) !== filter.vendor) return false;
  if (filter.model !== undefined && exchangeField(entry, (record) => record.model) !== filter.model) return false;
  if (filter.status !== undefined && exchangeField(entry, (record) => record.status) !== filter.status) return false;
  if (filter.outcome !== undefined) {
    const status = exchangeField(entry, (record) => record.status);
    if (typeof status !== "string") return false;
    if ((filter.outcome === "ok") !== (status === "ok")) return false;
    if (filter.outcome === "refused" && NON_REFUSAL_STATUSES.includes(status)) return false;
  }
  if (filter.entityType !== undefined) {
    const count = exchangeField(entry, (record) => record.entityCounts[filter.entityType!]);
    if (typeof count !== "number" || count <= 0) return false;
  }
  if (filter.ruleId !== undefined && !auditFacets(entry).ruleIds.includes(filter.ruleId)) return false;
  if (filter.text !== undefined && filter.text.trim() !== "" && !matchesSearchText(entry, filter.text)) return false;
  return true;
}
