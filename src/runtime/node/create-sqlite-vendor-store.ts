import type Database from "better-sqlite3";
import type { VendorRecord } from "../../vendors/vendor-record.ts";
import type { VendorStore } from "../../vendors/vendor-store.ts";
import type { SqliteSchema } from "./open-database.ts";

/**
 * The `vendors` table: one row per vendor, the record as JSON (its shape is the zod
 * schema's, validated at the edges), with a version for compare-and-set writes.
 */
export const VENDOR_STORE_SCHEMA: SqliteSchema = {
  name: "vendor-store",
  migrations: [
    `CREATE TABLE vendors (
       id TEXT PRIMARY KEY,
       record TEXT NOT NULL,
       version INTEGER NOT NULL,
       updated_at TEXT NOT NULL
     )`,
  ],
};

/** VendorStore on the `vendors` table. */
export function createSqliteVendorStore(database: Database.Database): VendorStore {
  const all = database.prepare<[], { record: string }>("SELECT record FROM vendors ORDER BY id");
  const byId = database.prepare<[string], { record: string }>("SELECT record FROM vendors WHERE id = ?");
  const insert = database.prepare("INSERT INTO vendors (id, record, version, updated_at) VALUES (@id, @record, @version, @updated_at) ON CONFLICT (id) DO NOTHING");
  const replace = database.prepare("UPDATE vendors SET record = @record, version = @version, updated_at = @updated_at WHERE id = @id AND version = @expected");
  const row = (record: VendorRecord) => ({ id: record.vendor.id, record: JSON.stringify(record), version: record.version, updated_at: record.updatedAt });
  return {
    list: () => all.all().map((found) => JSON.parse(found.record) as VendorRecord),
    get(id) {
      const found = byId.get(id);
      return found ? (JSON.parse(found.record) as VendorRecord) : undefined;
    },
    insert: (record) => insert.run(row(record)).changes === 1,
    replace: (record, expectedVersion) => replace.run({ ...row(record), expected: expectedVersion }).changes === 1,
  };
}
