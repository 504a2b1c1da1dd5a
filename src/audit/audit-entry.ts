import type { AdminActionRecord } from "./admin-action-record.ts";
import type { FacetColumns } from "./audit-facets.ts";
import type { ExchangeRecord } from "./exchange-record.ts";

/** What one link of the audit chain records: an exchange or an admin action (reveals and retention included). */
export type AuditEntry = { kind: "exchange"; record: ExchangeRecord } | { kind: "admin_action"; record: AdminActionRecord };

/** The kinds of entry, for filters. */
export const AUDIT_ENTRY_KINDS = ["exchange", "admin_action"] as const;
export type AuditEntryKind = AuditEntry["kind"];

/**
 * One entry as stored: its position, the hash of the entry before it, its own hash and its
 * canonical JSON text (exactly the bytes that were hashed).
 */
export interface StoredAuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
  /** canonicalJson(AuditEntry). */
  text: string;
  /** The searchable fields as column values, as a store that keeps them in columns has them (see audit-facets.ts). */
  facets?: FacetColumns;
}

/** A stored entry, parsed. */
export interface AuditItem {
  seq: number;
  hash: string;
  entry: AuditEntry;
}

/** Parses a stored entry's text. */
export function toAuditItem(stored: StoredAuditEntry): AuditItem {
  return { seq: stored.seq, hash: stored.hash, entry: JSON.parse(stored.text) as AuditEntry };
}

/** The key that caused the entry: the caller's key for exchanges, the actor's for admin actions. */
export const entryKeyId = (entry: AuditEntry): string | null => (entry.kind === "exchange" ? entry.record.keyId : entry.record.actorKeyId);
