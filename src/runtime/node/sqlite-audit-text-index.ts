import type Database from "better-sqlite3";
import type { AuditEntry } from "../../audit/audit-entry.ts";
import type { SearchIndexCheck } from "../../audit/audit-store.ts";
import { indexedSearchText } from "../../audit/search-text.ts";

/**
 * The SQL function behind the `audit_text_source` view (audit-log-schema.ts): an entry's
 * folded search text, computed by the same code as the memory store's search, so both
 * stores find the same entries (full-width letters and ligatures included).
 */
const SEARCH_TEXT_FUNCTION = "veilgate_audit_search_text";

interface FtsError {
  code?: string;
}

/**
 * Keeps the external-content FTS5 index in step with the chain, lazily: `catchUp` indexes
 * the entries appended since the last call (run before each text search), `forget` drops
 * removed entries (run by retention, in its transaction) and `check` compares the index
 * with the entries (run by verification).
 */
export function createSqliteAuditTextIndex(database: Database.Database) {
  database.function(SEARCH_TEXT_FUNCTION, { deterministic: true }, (entry: unknown) =>
    typeof entry === "string" ? indexedSearchText(JSON.parse(entry) as AuditEntry) : null,
  );
  const progress = database.prepare<[], { through_seq: number }>("SELECT through_seq FROM audit_text_progress WHERE id = 1");
  const index = database.prepare(`INSERT INTO audit_text (rowid, text) SELECT seq, ${SEARCH_TEXT_FUNCTION}(entry) FROM audit_entries WHERE seq > ? ORDER BY seq`);
  const head = database.prepare<[], { seq: number | null }>("SELECT max(seq) AS seq FROM audit_entries");
  const record = database.prepare("UPDATE audit_text_progress SET through_seq = ? WHERE id = 1");
  const drop = database.prepare("DELETE FROM audit_text WHERE rowid <= ?");
  // Both by primary key, so they cost a lookup per entry, not a tokenisation.
  const firstUnindexed = database.prepare<[number], { seq: number | null }>(
    "SELECT min(seq) AS seq FROM audit_entries e WHERE seq <= ? AND NOT EXISTS (SELECT 1 FROM audit_text_docsize d WHERE d.id = e.seq)",
  );
  const firstStray = database.prepare<[number], { seq: number | null }>(
    "SELECT min(id) AS seq FROM audit_text_docsize d WHERE id > ? OR NOT EXISTS (SELECT 1 FROM audit_entries e WHERE e.seq = d.id)",
  );
  const firstEntry = database.prepare<[], { seq: number | null }>("SELECT min(seq) AS seq FROM audit_entries");
  // FTS5 re-reads every indexed entry through audit_text_source, tokenises it and compares
  // the checksum of every (entry, position, word) with the index's, and each entry's word count.
  const integrityCheck = database.prepare("INSERT INTO audit_text (audit_text, rank) VALUES ('integrity-check', 1)");

  const catchUp = database.transaction(() => {
    const through = progress.get()?.through_seq ?? 0;
    const latest = head.get()?.seq ?? 0;
    if (latest <= through) return;
    index.run(through);
    record.run(latest);
  });

  // Under the write lock: FTS5's integrity-check is a write statement (it changes nothing),
  // and the progress, the entries and the index must be read at one moment.
  const check = database.transaction((): SearchIndexCheck => {
    const through = progress.get()?.through_seq ?? 0;
    const latest = head.get()?.seq ?? 0;
    const missing = firstUnindexed.get(through)?.seq;
    if (missing != null) {
      return { ok: false, seq: missing, message: `Entry ${missing} is missing from the text index, which claims to cover entries through ${through}: text search would not find it.` };
    }
    const stray = firstStray.get(through)?.seq;
    if (stray != null) {
      const claim = stray > latest ? `past the newest entry (${latest})` : stray > through ? `past the entries it claims to cover (through ${through})` : "for an entry that is not in the chain";
      return { ok: false, seq: stray, message: `The text index holds text for seq ${stray}, ${claim}: it was edited.` };
    }
    try {
      integrityCheck.run();
    } catch (error) {
      if (!(error as FtsError).code?.startsWith("SQLITE_CORRUPT")) throw error;
      const first = firstEntry.get()?.seq ?? 1;
      return {
        ok: false,
        seq: first,
        message: `The text index no longer holds the text of entries ${first}–${through}: it was edited, so text search may miss or misplace them.`,
      };
    }
    return { ok: true };
  });

  return {
    catchUp: () => catchUp.immediate(),
    forget: (throughSeq: number) => drop.run(throughSeq),
    check: () => check.immediate(),
  };
}
