import type Database from "better-sqlite3";
import type { PolicyStore } from "../../policy/policy-store.ts";
import type { TenantPolicy } from "../../policy/tenant-policy.ts";
import type { SqliteSchema } from "./open-database.ts";

/** The `policies` table: one row per tenant policy, its settings as JSON. */
export const POLICY_STORE_SCHEMA: SqliteSchema = {
  name: "policy-store",
  migrations: [
    `CREATE TABLE policies (
       id TEXT PRIMARY KEY,
       policy TEXT NOT NULL,
       updated_at TEXT NOT NULL
     )`,
  ],
};

/** PolicyStore on the `policies` table. */
export function createSqlitePolicyStore(database: Database.Database): PolicyStore {
  const all = database.prepare<[], { policy: string }>("SELECT policy FROM policies ORDER BY id");
  const byId = database.prepare<[string], { policy: string }>("SELECT policy FROM policies WHERE id = ?");
  const insert = database.prepare("INSERT INTO policies (id, policy, updated_at) VALUES (@id, @policy, @updated_at) ON CONFLICT (id) DO NOTHING");
  const replace = database.prepare("UPDATE policies SET policy = @policy, updated_at = @updated_at WHERE id = @id");
  const remove = database.prepare("DELETE FROM policies WHERE id = ?");
  const row = (policy: TenantPolicy) => ({ id: policy.id, policy: JSON.stringify(policy), updated_at: policy.updatedAt });
  return {
    list: () => all.all().map((found) => JSON.parse(found.policy) as TenantPolicy),
    get(id) {
      const found = byId.get(id);
      return found ? (JSON.parse(found.policy) as TenantPolicy) : undefined;
    },
    insert: (policy) => insert.run(row(policy)).changes === 1,
    replace: (policy) => replace.run(row(policy)).changes === 1,
    delete: (id) => remove.run(id).changes === 1,
  };
}
