import type Database from "better-sqlite3";
import type { StoredAuditEntry } from "../../audit/audit-entry.ts";
import type { AuditFacets } from "../../audit/audit-facets.ts";
import { NON_REFUSAL_STATUSES } from "../../audit/audit-query.ts";
import type { AuditStore, ChainHead } from "../../audit/audit-store.ts";
import type { AuditDay } from "../../audit/audit-summary.ts";
import { GENESIS_HASH } from "../../audit/chain-hasher.ts";
import type { AuditCheckpoint, AuditRetention } from "../../audit/signed-statements.ts";
import { REFUSED_STATUS_SQL, sqlAuditFilter } from "./sqlite-audit-filter.ts";
import { createSqliteAuditTextIndex } from "./sqlite-audit-text-index.ts";

interface EntryRow {
  seq: number;
  prev_hash: string;
  hash: string;
  entry: string;
}
interface FacetRow extends EntryRow {
  kind: AuditFacets["kind"];
  time: string;
  key_id: string | null;
  vendor: string | null;
  model: string | null;
  status: string | null;
  tenant: string | null;
  entity_counts: string;
  rule_ids: string;
}
type CheckpointRow = { seq: number; hash: string; time: string; public_key: string; signature: string };
type RetentionRow = { through_seq: number; through_hash: string; cutoff: string; time: string; public_key: string; signature: string };

const toStored = (row: EntryRow): StoredAuditEntry => ({ seq: row.seq, prevHash: row.prev_hash, hash: row.hash, text: row.entry });
/** A row with its search columns read back as they are stored (JSON unparsed), which verification compares byte for byte to the entry's. */
const toStoredWithFacets = (row: FacetRow): StoredAuditEntry => ({
  ...toStored(row),
  facets: {
    kind: row.kind,
    time: row.time,
    keyId: row.key_id,
    vendor: row.vendor,
    model: row.model,
    status: row.status,
    tenant: row.tenant,
    entityCounts: row.entity_counts,
    ruleIds: row.rule_ids,
  },
});
const ENTRY_COLUMNS = "e.seq, e.prev_hash, e.hash, e.entry";
const REDACTIONS = "(SELECT coalesce(sum(value), 0) FROM json_each(e.entity_counts))";

/** AuditStore on SQLite (the tables in audit-log-schema.ts). Appends run in BEGIN IMMEDIATE, so processes sharing the file never fork the chain. */
export function createSqliteAuditStore(database: Database.Database): AuditStore {
  const textIndex = createSqliteAuditTextIndex(database);
  const last = database.prepare<[], { seq: number; hash: string }>("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1");
  const floor = database.prepare<[], { seq: number; hash: string }>("SELECT through_seq AS seq, through_hash AS hash FROM audit_retention ORDER BY through_seq DESC LIMIT 1");
  const insert = database.prepare(
    `INSERT INTO audit_entries (seq, prev_hash, hash, entry, kind, time, key_id, vendor, model, status, tenant, entity_counts, rule_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byKey = database.prepare<[number], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM audit_entries e WHERE e.seq = ?`);
  const all = database.prepare<[], FacetRow>("SELECT * FROM audit_entries ORDER BY seq");
  const insertCheckpoint = database.prepare("INSERT OR IGNORE INTO audit_checkpoints (seq, hash, time, public_key, signature) VALUES (?, ?, ?, ?, ?)");
  const checkpoints = database.prepare<[], CheckpointRow>("SELECT * FROM audit_checkpoints ORDER BY seq");
  const retentions = database.prepare<[], RetentionRow>("SELECT * FROM audit_retention ORDER BY through_seq");
  const firstAtOrAfter = database.prepare<[string], { seq: number | null }>("SELECT min(seq) AS seq FROM audit_entries WHERE time >= ?");
  const insertRetention = database.prepare("INSERT INTO audit_retention (through_seq, through_hash, cutoff, time, public_key, signature) VALUES (?, ?, ?, ?, ?, ?)");
  const removeThrough = database.prepare("DELETE FROM audit_entries WHERE seq <= ?");

  const head = (): ChainHead => last.get() ?? floor.get() ?? { seq: 0, hash: GENESIS_HASH };
  const store = (entry: StoredAuditEntry): StoredAuditEntry => {
    const facets = entry.facets;
    if (!facets) throw new Error("audit store: an entry needs its facets");
    insert.run(entry.seq, entry.prevHash, entry.hash, entry.text, facets.kind, facets.time, facets.keyId, facets.vendor, facets.model, facets.status,
      facets.tenant, facets.entityCounts, facets.ruleIds);
    return entry;
  };
  const append = database.transaction((build: (head: ChainHead) => StoredAuditEntry) => store(build(head())));
  // One commit for the whole group: the WAL gets each touched page once, not once per entry.
  const appendMany = database.transaction((build: (head: ChainHead) => StoredAuditEntry[]) => build(head()).map(store));
  const applyRetention = database.transaction((retention: AuditRetention) => {
    insertRetention.run(retention.throughSeq, retention.throughHash, retention.cutoff, retention.time, retention.publicKey, retention.signature);
    textIndex.forget(retention.throughSeq);
    return removeThrough.run(retention.throughSeq).changes;
  });
  const filtered = (filter: Parameters<typeof sqlAuditFilter>[0]) => {
    if (filter.text?.trim()) textIndex.catchUp();
    return sqlAuditFilter(filter);
  };

  return {
    append: (build) => append.immediate(build),
    appendMany: (build) => appendMany.immediate(build),
    head,
    get: (seq) => {
      const row = byKey.get(seq);
      return row && toStored(row);
    },
    *entries() {
      for (const row of all.iterate()) yield toStoredWithFacets(row);
    },
    search(query) {
      const { where, params } = filtered(query);
      const descending = query.order !== "asc";
      const page = query.afterSeq === undefined ? "" : ` AND e.seq ${descending ? "<" : ">"} ?`;
      const sql = `SELECT ${ENTRY_COLUMNS} FROM audit_entries e WHERE ${where}${page} ORDER BY e.seq ${descending ? "DESC" : "ASC"} LIMIT ?`;
      const rows = database.prepare<unknown[], EntryRow>(sql).all(...params, ...(query.afterSeq === undefined ? [] : [query.afterSeq]), query.limit);
      return rows.map(toStored);
    },
    summarize(filter) {
      const { where, params } = filtered(filter);
      const entries = database.prepare<unknown[], { count: number }>(`SELECT count(*) AS count FROM audit_entries e WHERE ${where}`).get(...params)!.count;
      const perDay = database
        .prepare<unknown[], AuditDay>(
          `SELECT substr(e.time, 1, 10) AS day, count(*) AS exchanges, sum(${REDACTIONS}) AS redactions,
             sum(${REFUSED_STATUS_SQL}) AS refusals
           FROM audit_entries e WHERE ${where} AND e.kind = 'exchange' GROUP BY day ORDER BY day`,
        )
        .all(...NON_REFUSAL_STATUSES, ...params);
      const types = database
        .prepare<unknown[], { type: string; count: number }>(
          `SELECT t.key AS type, sum(t.value) AS count FROM audit_entries e, json_each(e.entity_counts) t
           WHERE ${where} AND e.kind = 'exchange' GROUP BY t.key`,
        )
        .all(...params);
      const total = (pick: (day: AuditDay) => number) => perDay.reduce((sum, day) => sum + pick(day), 0);
      return {
        entries,
        exchanges: total((day) => day.exchanges),
        refusals: total((day) => day.refusals),
        redactions: total((day) => day.redactions),
        perType: Object.fromEntries(types.map((row) => [row.type, row.count])),
        perDay,
      };
    },
    addCheckpoint: (checkpoint: AuditCheckpoint) => {
      insertCheckpoint.run(checkpoint.seq, checkpoint.hash, checkpoint.time, checkpoint.publicKey, checkpoint.signature);
    },
    checkpoints: () => checkpoints.all().map((row) => ({ seq: row.seq, hash: row.hash, time: row.time, publicKey: row.public_key, signature: row.signature })),
    retentions: () =>
      retentions.all().map((row) => ({
        throughSeq: row.through_seq,
        throughHash: row.through_hash,
        cutoff: row.cutoff,
        time: row.time,
        publicKey: row.public_key,
        signature: row.signature,
      })),
    firstSeqAtOrAfter: (time) => firstAtOrAfter.get(time)?.seq ?? undefined,
    applyRetention: (retention) => applyRetention.immediate(retention),
    checkSearchIndex: () => textIndex.check(),
  };
}
