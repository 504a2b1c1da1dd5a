import type { AdminActionRecord } from "./admin-action-record.ts";
import type { AuditItem } from "./audit-entry.ts";
import type { AuditFilter, AuditQuery } from "./audit-query.ts";
import type { AuditSummary } from "./audit-summary.ts";
import type { ChainVerification } from "./chain-verification.ts";
import type { ExchangeRecord } from "./exchange-record.ts";
import type { AuditCheckpoint } from "./signed-statements.ts";

/** One page of search results; pass `nextAfterSeq` back as `afterSeq` for the next page. */
export interface AuditPage {
  items: AuditItem[];
  nextAfterSeq: number | null;
}

/** What a retention run did: a decision, never an exception for "nothing to do". */
export type RetentionOutcome =
  | { applied: true; throughSeq: number; removed: number; cutoff: string }
  | { applied: false; reason: "nothing_old_enough" | "no_checkpoint" | "unsigned"; cutoff: string };

/**
 * The tamper-evident audit log: every exchange and admin action is one entry of a single
 * SHA-256 hash chain, with Ed25519-signed checkpoints. Append-only; the only removal is
 * retention, which cuts whole segments below a signed checkpoint.
 */
export interface AuditLog {
  append(record: ExchangeRecord): void;
  /**
   * Appends an exchange together with the others appended in the same burst of work, in one
   * transaction. Resolves once the record is stored; rejects (for every record of the group)
   * when the group could not be stored, and then none of it was.
   */
  appendGrouped(record: ExchangeRecord): Promise<void>;
  appendAdminAction(record: AdminActionRecord): void;
  /** Admin actions, newest first. */
  recentAdminActions(limit: number): AdminActionRecord[];
  /** Exchanges, newest first, each with its position in the chain. */
  recent(limit: number): Array<ExchangeRecord & { seq: number }>;
  get(seq: number): AuditItem | undefined;
  search(query: AuditQuery): AuditPage;
  /** Every match, oldest first by default, read a page at a time (for streamed exports). */
  iterate(filter: AuditFilter, order?: "asc" | "desc"): Iterable<AuditItem>;
  summarize(filter: AuditFilter): AuditSummary;
  /** Checks the whole chain and every signature; names the first entry that was tampered with. */
  verify(): ChainVerification;
  /** Signs the head now if it is newer than the last checkpoint; returns the new checkpoint. */
  checkpoint(): AuditCheckpoint | undefined;
  checkpoints(): AuditCheckpoint[];
  /** Removes the whole signed segments older than `cutoff` (ISO time), and logs that it did. */
  applyRetention(cutoff: string): RetentionOutcome;
  /** The Ed25519 key checkpoints are signed with (base64url), or null when this log does not sign. */
  readonly publicKey: string | null;
}
