import Database from "better-sqlite3";

/** One store's tables: its name and its migrations, applied in order and never edited once shipped. */
export interface SqliteSchema {
  name: string;
  migrations: readonly string[];
}

/**
 * Opens (creating if needed) Veilgate's SQLite file in WAL mode and brings every store's
 * tables up to date. Each store owns its migrations; `schema_versions` records how many of
 * each have run.
 */
export function openDatabase(file: string, schemas: readonly SqliteSchema[]): Database.Database {
  const database = new Database(file);
  // First, so that processes opening a new file together wait for each other's set-up.
  database.pragma("busy_timeout = 5000");
  // Transcript rows are a few KB; 16 KiB pages keep most of them off overflow chains. This
  // only takes effect on a new file, before WAL mode is set.
  database.pragma("page_size = 16384");
  database.pragma("journal_mode = WAL");
  // NORMAL in WAL mode is durable against process crashes; only a power cut can lose the last commits.
  database.pragma("synchronous = NORMAL");
  database.exec("CREATE TABLE IF NOT EXISTS schema_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL)");
  const versionOf = database.prepare<[string], { version: number }>("SELECT version FROM schema_versions WHERE name = ?");
  const record = database.prepare("INSERT INTO schema_versions (name, version) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version");
  // One migration per write transaction, its version read under the write lock: two processes
  // opening a new file at once (the CLI run twice) never both apply the same migration.
  const applyNext = database.transaction((schema: SqliteSchema): boolean => {
    const applied = versionOf.get(schema.name)?.version ?? 0;
    if (applied >= schema.migrations.length) return false;
    database.exec(schema.migrations[applied]!);
    record.run(schema.name, applied + 1);
    return true;
  });
  for (const schema of schemas) while (applyNext.immediate(schema));
  return database;
}
