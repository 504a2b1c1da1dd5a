import { type StoredAuditEntry, toAuditItem } from "./audit-entry.ts";
import { type AuditQuery, matchesAuditFilter } from "./audit-query.ts";
import type { AuditStore } from "./audit-store.ts";
import { summarizeEntries } from "./audit-summary.ts";
import { GENESIS_HASH } from "./chain-hasher.ts";
import type { AuditCheckpoint, AuditRetention } from "./signed-statements.ts";

/** AuditStore in memory, for tests and the Workers demo. Its search is the reference meaning. */
export function createMemoryAuditStore(): AuditStore {
  const rows: StoredAuditEntry[] = [];
  const checkpoints = new Map<number, AuditCheckpoint>();
  const retentions: AuditRetention[] = [];
  const parsed = (row: StoredAuditEntry) => toAuditItem(row).entry;
  const head = () => {
    const last = rows.at(-1);
    if (last) return { seq: last.seq, hash: last.hash };
    const floor = retentions.at(-1);
    return floor ? { seq: floor.throughSeq, hash: floor.throughHash } : { seq: 0, hash: GENESIS_HASH };
  };
  return {
    append(build) {
      const entry = { ...build(head()) };
      if (entry.seq !== head().seq + 1) throw new Error(`audit store: entry ${entry.seq} does not follow ${head().seq}`);
      rows.push(entry);
      return { ...entry };
    },
    appendMany(build) {
      const entries = build(head()).map((entry) => ({ ...entry }));
      entries.reduce((previous, entry) => {
        if (entry.seq !== previous + 1) throw new Error(`audit store: entry ${entry.seq} does not follow ${previous}`);
        return entry.seq;
      }, head().seq);
      rows.push(...entries);
      return entries.map((entry) => ({ ...entry }));
    },
    head,
    get: (seq) => {
      const row = rows.find((candidate) => candidate.seq === seq);
      return row && { ...row };
    },
    entries: () => rows.map((row) => ({ ...row })),
    search(query: AuditQuery) {
      const ordered = query.order === "asc" ? rows : [...rows].reverse();
      const after = query.afterSeq;
      const found: StoredAuditEntry[] = [];
      for (const row of ordered) {
        if (found.length >= query.limit) break;
        if (after !== undefined && (query.order === "asc" ? row.seq <= after : row.seq >= after)) continue;
        if (matchesAuditFilter(parsed(row), query)) found.push({ ...row });
      }
      return found;
    },
    summarize: (filter) => summarizeEntries(rows.map(parsed).filter((entry) => matchesAuditFilter(entry, filter))),
    addCheckpoint(checkpoint) {
      if (!checkpoints.has(checkpoint.seq)) checkpoints.set(checkpoint.seq, { ...checkpoint });
    },
    checkpoints: () => [...checkpoints.values()].sort((left, right) => left.seq - right.seq).map((checkpoint) => ({ ...checkpoint })),
    retentions: () => retentions.map((retention) => ({ ...retention })),
    firstSeqAtOrAfter: (time) => rows.find((row) => parsed(row).record.time >= time)?.seq,
    applyRetention(retention) {
      const checkpoint = checkpoints.get(retention.throughSeq);
      if (!checkpoint || checkpoint.hash !== retention.throughHash) throw new Error("audit store: retention must stop at a stored checkpoint");
      if (retention.throughSeq <= (retentions.at(-1)?.throughSeq ?? 0)) throw new Error("audit store: retention must move forward");
      retentions.push({ ...retention });
      const before = rows.length;
      const kept = rows.filter((row) => row.seq > retention.throughSeq);
      rows.splice(0, rows.length, ...kept);
      return before - kept.length;
    },
  };
}
