import Database from "better-sqlite3";

/** Schema migrations, applied in order; `PRAGMA user_version` records how many ran. */
const MIGRATIONS = [
  `CREATE TABLE client_keys (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     hash TEXT NOT NULL UNIQUE,
     hint TEXT NOT NULL,
     vendors TEXT,
     created_at TEXT NOT NULL,
     revoked_at TEXT
   );
   CREATE TABLE exchanges (
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
];

/** Opens (creating if needed) Veilgate's SQLite file in WAL mode and brings its schema up to date. */
export function openDatabase(file: string): Database.Database {
  const database = new Database(file);
  // Transcript rows are a few KB; 16 KiB pages keep most of them off overflow chains. This
  // only takes effect on a new file, before WAL mode is set.
  database.pragma("page_size = 16384");
  database.pragma("journal_mode = WAL");
  // NORMAL in WAL mode is durable against process crashes; only a power cut can lose the last commits.
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  const applied = database.pragma("user_version", { simple: true }) as number;
  for (let index = applied; index < MIGRATIONS.length; index++) {
    database.transaction(() => {
      database.exec(MIGRATIONS[index]!);
      database.pragma(`user_version = ${index + 1}`);
    })();
  }
  return database;
}
