import type { SqliteSchema } from "./open-database.ts";

const APPEND_ONLY = (table: string, message: string) => `
  CREATE TRIGGER ${table}_append_only_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${message}'); END;
  CREATE TRIGGER ${table}_append_only_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/**
 * The audit log's tables. Migrations 1–2 are the pre-chain `exchanges` and `admin_actions`
 * tables (kept, read-only, and imported into the chain once). Migration 3 is the chain:
 * - `audit_entries`: one row per entry, its canonical JSON `entry` exactly as hashed, and
 *   the searchable fields (audit/audit-facets.ts) in columns of their own, so a search never
 *   parses entries. Verification re-derives those columns from `entry`, so editing one is
 *   caught. (Generated json_extract columns would guarantee it too, but indexing one costs
 *   ~150 µs per append on a 5 KB entry.) UPDATE is refused; DELETE is refused except below
 *   the newest retention record.
 * - `audit_checkpoints`, `audit_retention`: signed statements, append-only. A retention
 *   record must name a stored checkpoint (seq and hash) past the previous retention.
 * - `audit_text`: a contentless FTS5 index of the redacted transcripts, filled lazily
 *   (before a search) so the append path does not pay for tokenising.
 *
 * Migration 4 rebuilds the text index so it can be checked and guarded:
 * - `audit_text` becomes an external-content FTS5 index over the view `audit_text_source`:
 *   each entry's folded search text (audit/search-text.ts, through the connection's
 *   `veilgate_audit_search_text` function) for the entries `audit_text_progress` says are
 *   indexed. FTS5's `integrity-check` then re-derives the index from the entries and
 *   compares, which verification runs. It starts empty and refills lazily, now folded.
 * - `audit_text_progress` only moves forward, never past the newest entry, and only over
 *   entries that are in the index; it cannot be deleted or inserted again.
 * SQLite allows no triggers on a virtual table (nor, in better-sqlite3's defensive mode, on
 * its shadow tables), so `audit_text` itself cannot refuse a DELETE: verification catches
 * that. Without the function (a plain sqlite3 shell) a DELETE fails, as the view cannot be read.
 */
export const EXCHANGE_LOG_SCHEMA: SqliteSchema = {
  name: "exchange-log",
  migrations: [
    `CREATE TABLE exchanges (
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       time TEXT NOT NULL,
       request_id TEXT NOT NULL,
       key_id TEXT,
       endpoint TEXT NOT NULL,
       vendor TEXT,
       model TEXT,
       stream INTEGER NOT NULL,
       status TEXT NOT NULL,
       http_status INTEGER NOT NULL,
       latency_ms REAL NOT NULL,
       entity_counts TEXT NOT NULL,
       redacted_request TEXT,
       redacted_response TEXT
     );
     CREATE INDEX exchanges_time ON exchanges (time);
     CREATE TRIGGER exchanges_append_only_update BEFORE UPDATE ON exchanges
       BEGIN SELECT RAISE(ABORT, 'the exchange log is append-only'); END;
     CREATE TRIGGER exchanges_append_only_delete BEFORE DELETE ON exchanges
       BEGIN SELECT RAISE(ABORT, 'the exchange log is append-only'); END;`,
    `CREATE TABLE admin_actions (
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       time TEXT NOT NULL,
       request_id TEXT NOT NULL,
       actor_key_id TEXT,
       action TEXT NOT NULL,
       target TEXT NOT NULL,
       before_json TEXT,
       after_json TEXT
     );
     CREATE TRIGGER admin_actions_append_only_update BEFORE UPDATE ON admin_actions
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
     CREATE TRIGGER admin_actions_append_only_delete BEFORE DELETE ON admin_actions
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`,
    `CREATE TABLE audit_entries (
       seq INTEGER PRIMARY KEY,
       prev_hash TEXT NOT NULL,
       hash TEXT NOT NULL,
       entry TEXT NOT NULL,
       kind TEXT NOT NULL,
       time TEXT NOT NULL,
       key_id TEXT,
       vendor TEXT,
       model TEXT,
       status TEXT,
       tenant TEXT,
       entity_counts TEXT NOT NULL,
       rule_ids TEXT NOT NULL
     );
     CREATE INDEX audit_entries_time ON audit_entries (time);
     CREATE TRIGGER audit_entries_append_only_update BEFORE UPDATE ON audit_entries
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
     CREATE TRIGGER audit_entries_append_only_delete BEFORE DELETE ON audit_entries
       WHEN OLD.seq > (SELECT coalesce(max(through_seq), 0) FROM audit_retention)
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only retention removes entries, below a signed checkpoint'); END;
     CREATE TABLE audit_checkpoints (
       seq INTEGER PRIMARY KEY,
       hash TEXT NOT NULL,
       time TEXT NOT NULL,
       public_key TEXT NOT NULL,
       signature TEXT NOT NULL
     );
     ${APPEND_ONLY("audit_checkpoints", "audit checkpoints are append-only")}
     CREATE TABLE audit_retention (
       through_seq INTEGER PRIMARY KEY,
       through_hash TEXT NOT NULL,
       cutoff TEXT NOT NULL,
       time TEXT NOT NULL,
       public_key TEXT NOT NULL,
       signature TEXT NOT NULL
     );
     ${APPEND_ONLY("audit_retention", "audit retention records are append-only")}
     CREATE TRIGGER audit_retention_at_checkpoint BEFORE INSERT ON audit_retention
       WHEN NOT EXISTS (SELECT 1 FROM audit_checkpoints WHERE seq = NEW.through_seq AND hash = NEW.through_hash)
         OR NEW.through_seq <= (SELECT coalesce(max(through_seq), 0) FROM audit_retention)
       BEGIN SELECT RAISE(ABORT, 'retention must stop at a signed checkpoint past the previous retention'); END;
     CREATE VIRTUAL TABLE audit_text USING fts5(text, content = '', contentless_delete = 1);
     CREATE TABLE audit_text_progress (id INTEGER PRIMARY KEY CHECK (id = 1), through_seq INTEGER NOT NULL);
     INSERT INTO audit_text_progress (id, through_seq) VALUES (1, 0);`,
    `DROP TABLE audit_text;
     UPDATE audit_text_progress SET through_seq = 0;
     CREATE VIEW audit_text_source AS
       SELECT seq, veilgate_audit_search_text(entry) AS text FROM audit_entries
       WHERE seq <= (SELECT through_seq FROM audit_text_progress WHERE id = 1);
     CREATE VIRTUAL TABLE audit_text USING fts5(text, content = 'audit_text_source', content_rowid = 'seq');
     CREATE TRIGGER audit_text_progress_forward BEFORE UPDATE ON audit_text_progress
       WHEN NEW.id IS NOT OLD.id
         OR NEW.through_seq < OLD.through_seq
         OR NEW.through_seq > (SELECT coalesce(max(seq), 0) FROM audit_entries)
         OR (SELECT count(*) FROM audit_text_docsize WHERE id > OLD.through_seq AND id <= NEW.through_seq)
           != (SELECT count(*) FROM audit_entries WHERE seq > OLD.through_seq AND seq <= NEW.through_seq)
       BEGIN SELECT RAISE(ABORT, 'the audit text index only moves forward, over entries it has indexed'); END;
     CREATE TRIGGER audit_text_progress_kept BEFORE DELETE ON audit_text_progress
       BEGIN SELECT RAISE(ABORT, 'the audit text index progress is kept'); END;
     CREATE TRIGGER audit_text_progress_single BEFORE INSERT ON audit_text_progress
       BEGIN SELECT RAISE(ABORT, 'the audit text index progress is kept'); END;`,
  ],
};
