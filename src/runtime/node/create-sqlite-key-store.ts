import type Database from "better-sqlite3";
import type { KeyRecord, KeyStore } from "../../auth/key-store.ts";
import type { SqliteSchema } from "./open-database.ts";

/** The `client_keys` table: hashes only, never a key secret. */
export const KEY_STORE_SCHEMA: SqliteSchema = {
  name: "key-store",
  migrations: [
    `CREATE TABLE client_keys (
       id TEXT PRIMARY KEY,
       name TEXT NOT NULL,
       hash TEXT NOT NULL UNIQUE,
       hint TEXT NOT NULL,
       role TEXT NOT NULL,
       scopes TEXT NOT NULL,
       vendors TEXT,
       created_at TEXT NOT NULL,
       expires_at TEXT,
       revoked_at TEXT
     )`,
    `ALTER TABLE client_keys ADD COLUMN policy_id TEXT;
     ALTER TABLE client_keys ADD COLUMN last_used_at TEXT;
     ALTER TABLE client_keys ADD COLUMN created_by TEXT;`,
  ],
};

interface KeyRow {
  id: string;
  name: string;
  hash: string;
  hint: string;
  role: KeyRecord["role"];
  scopes: string;
  expires_at: string | null;
  vendors: string | null;
  created_at: string;
  revoked_at: string | null;
  policy_id: string | null;
  last_used_at: string | null;
  created_by: string | null;
}

const toRecord = (row: KeyRow): KeyRecord => ({
  id: row.id,
  name: row.name,
  hash: row.hash,
  hint: row.hint,
  role: row.role,
  scopes: JSON.parse(row.scopes) as KeyRecord["scopes"],
  expiresAt: row.expires_at,
  vendors: row.vendors === null ? null : (JSON.parse(row.vendors) as string[]),
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  policyId: row.policy_id,
  lastUsedAt: row.last_used_at,
  createdBy: row.created_by,
});

/** KeyStore on the `client_keys` table. */
export function createSqliteKeyStore(database: Database.Database): KeyStore {
  const insert = database.prepare(
    `INSERT INTO client_keys (id, name, hash, hint, role, scopes, vendors, created_at, expires_at, revoked_at, policy_id, last_used_at, created_by)
     VALUES (@id, @name, @hash, @hint, @role, @scopes, @vendors, @created_at, @expires_at, @revoked_at, @policy_id, @last_used_at, @created_by)`,
  );
  const byHash = database.prepare<[string], KeyRow>("SELECT * FROM client_keys WHERE hash = ?");
  const all = database.prepare<[], KeyRow>("SELECT * FROM client_keys ORDER BY created_at, id");
  const revoke = database.prepare("UPDATE client_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
  const setPolicy = database.prepare("UPDATE client_keys SET policy_id = ? WHERE id = ?");
  const markUsed = database.prepare("UPDATE client_keys SET last_used_at = @at WHERE id = @id AND (last_used_at IS NULL OR last_used_at < @at)");
  return {
    insert(record) {
      insert.run({
        id: record.id,
        name: record.name,
        hash: record.hash,
        hint: record.hint,
        role: record.role,
        scopes: JSON.stringify(record.scopes),
        expires_at: record.expiresAt,
        vendors: record.vendors === null ? null : JSON.stringify(record.vendors),
        created_at: record.createdAt,
        revoked_at: record.revokedAt,
        policy_id: record.policyId ?? null,
        last_used_at: record.lastUsedAt ?? null,
        created_by: record.createdBy ?? null,
      });
    },
    findByHash(hash) {
      const row = byHash.get(hash);
      return row ? toRecord(row) : undefined;
    },
    list: () => all.all().map(toRecord),
    revoke: (id, at) => revoke.run(at, id).changes === 1,
    setPolicy: (id, policyId) => setPolicy.run(policyId, id).changes === 1,
    markUsed(id, at) {
      markUsed.run({ at, id });
    },
  };
}
