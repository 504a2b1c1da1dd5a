import type Database from "better-sqlite3";
import type { SealedVendorSecret, VendorSecretStore } from "../../vendors/vendor-secret-store.ts";
import type { SqliteSchema } from "./open-database.ts";

/** The `vendor_secrets` table: sealed API keys only, never a key in clear. */
export const VENDOR_SECRET_STORE_SCHEMA: SqliteSchema = {
  name: "vendor-secret-store",
  migrations: [
    `CREATE TABLE vendor_secrets (
       vendor_id TEXT PRIMARY KEY,
       sealed TEXT NOT NULL,
       previous_sealed TEXT,
       updated_at TEXT NOT NULL
     )`,
  ],
};

interface SecretRow {
  vendor_id: string;
  sealed: string;
  previous_sealed: string | null;
  updated_at: string;
}

const toSecret = (row: SecretRow): SealedVendorSecret => ({ vendorId: row.vendor_id, sealed: row.sealed, previousSealed: row.previous_sealed, updatedAt: row.updated_at });

/** VendorSecretStore on the `vendor_secrets` table. */
export function createSqliteVendorSecretStore(database: Database.Database): VendorSecretStore {
  const byId = database.prepare<[string], SecretRow>("SELECT * FROM vendor_secrets WHERE vendor_id = ?");
  const all = database.prepare<[], SecretRow>("SELECT * FROM vendor_secrets ORDER BY vendor_id");
  const put = database.prepare(
    `INSERT INTO vendor_secrets (vendor_id, sealed, previous_sealed, updated_at) VALUES (@vendor_id, @sealed, @previous_sealed, @updated_at)
     ON CONFLICT (vendor_id) DO UPDATE SET sealed = excluded.sealed, previous_sealed = excluded.previous_sealed, updated_at = excluded.updated_at`,
  );
  const remove = database.prepare("DELETE FROM vendor_secrets WHERE vendor_id = ?");
  return {
    get(vendorId) {
      const row = byId.get(vendorId);
      return row ? toSecret(row) : undefined;
    },
    put(secret) {
      put.run({ vendor_id: secret.vendorId, sealed: secret.sealed, previous_sealed: secret.previousSealed, updated_at: secret.updatedAt });
    },
    delete: (vendorId) => remove.run(vendorId).changes === 1,
    list: () => all.all().map(toSecret),
  };
}
