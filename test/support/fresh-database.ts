import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { openDatabase } from "../../src/runtime/node/open-database.ts";
import { SQLITE_SCHEMAS } from "../../src/runtime/node/sqlite-schemas.ts";

/** A new Veilgate SQLite file, every store's tables in place, in a directory of its own. */
export function freshDatabase(): Database.Database {
  return openDatabase(join(mkdtempSync(join(tmpdir(), "veilgate-test-db-")), "veilgate.db"), SQLITE_SCHEMAS);
}
