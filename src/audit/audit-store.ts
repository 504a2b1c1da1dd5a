import type { StoredAuditEntry } from "./audit-entry.ts";
import type { AuditFilter, AuditQuery } from "./audit-query.ts";
import type { AuditSummary } from "./audit-summary.ts";
import type { AuditCheckpoint, AuditRetention } from "./signed-statements.ts";

/** The newest entry's position and hash; `{ seq: 0, hash: GENESIS_HASH }` for an empty chain. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** Whether a store's own full-text index still says what the entries say; `seq` names the first entry it misrepresents. */
export type SearchIndexCheck = { ok: true } | { ok: false; seq: number; message: string };

/**
 * Storage port for the audit chain. It stores what the audit log computed and never
 * changes an entry; the only removal is `applyRetention`, below a signed checkpoint.
 * Implementations: memory (tests, Workers demo) and SQLite; one contract suite covers both.
 */
export interface AuditStore {
  /**
   * Appends one entry atomically: `build` receives the current head (read under the write
   * lock, so two processes never fork the chain) and returns the entry to store.
   */
  append(build: (head: ChainHead) => StoredAuditEntry): StoredAuditEntry;
  /**
   * Appends several entries in one transaction: `build` receives the head (as for `append`)
   * and returns the entries that follow it, in order. All of them are stored, or none.
   */
  appendMany(build: (head: ChainHead) => StoredAuditEntry[]): StoredAuditEntry[];
  head(): ChainHead;
  get(seq: number): StoredAuditEntry | undefined;
  /** Every entry, oldest first. */
  entries(): Iterable<StoredAuditEntry>;
  /** Entries matching the query, in its order, at most `limit`. */
  search(query: AuditQuery): StoredAuditEntry[];
  summarize(filter: AuditFilter): AuditSummary;
  /** Stores a signed checkpoint; a second one for the same seq is ignored. */
  addCheckpoint(checkpoint: AuditCheckpoint): void;
  /** Oldest first. */
  checkpoints(): AuditCheckpoint[];
  /** Oldest first. */
  retentions(): AuditRetention[];
  /** The first entry whose time is at or after `time` (retention stops before it). */
  firstSeqAtOrAfter(time: string): number | undefined;
  /**
   * Records the signed retention and removes every entry up to its `throughSeq`, atomically.
   * Refused unless `throughSeq` is a stored checkpoint with `throughHash`. Returns how many
   * entries were removed.
   */
  applyRetention(retention: AuditRetention): number;
  /**
   * For a store that keeps a text index beside the entries (SQLite): checks the index
   * against the entries it claims to cover. Verification runs it once the chain checks out.
   * A store whose search reads the entries themselves (memory) has nothing to check.
   */
  checkSearchIndex?(): SearchIndexCheck;
}
