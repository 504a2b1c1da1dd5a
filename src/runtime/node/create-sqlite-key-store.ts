import type Database from "better-sqlite3";
import type { KeyRecord, KeyStore } from "../../auth/key-store.ts";

interface KeyRow {
  id: string;
  name: string;
  hash: string;
  hint: string;
  vendors: string | null;
  created_at: string;
  revoked_at: string | null;
}

const toRecord = (row: KeyRow): KeyRecord => ({
  id: row.id,
  name: row.name,
  hash: row.hash,
  hint: row.hint,
  vendors: row.vendors === null ? null : (JSON.parse(row.vendors) as string[]),
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

/** KeyStore on the `client_keys` table. */
export function createSqliteKeyStore(database: Database.Database): KeyStore {
  const insert = database.prepare(
    "INSERT INTO client_keys (id, name, hash, hint, vendors, created_at, revoked_at) VALUES (@id, @name, @hash, @hint, @vendors, @created_at, @revoked_at)",
  );
  const byHash = database.prepare<[string], KeyRow>("SELECT * FROM client_keys WHERE hash = ?");
  const all = database.prepare<[], KeyRow>("SELECT * FROM client_keys ORDER BY created_at, id");
  const revoke = database.prepare("UPDATE client_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
  return {
    insert(record) {
      insert.run({
        id: record.id,
        name: record.name,
        hash: record.hash,
        hint: record.hint,
        vendors: record.vendors === null ? null : JSON.stringify(record.vendors),
        created_at: record.createdAt,
        revoked_at: record.revokedAt,
      });
    },
    findByHash(hash) {
      const row = byHash.get(hash);
      return row ? toRecord(row) : undefined;
    },
    list: () => all.all().map(toRecord),
    revoke: (id, at) => revoke.run(at, id).changes === 1,
  };
}
