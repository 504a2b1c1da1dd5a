import { join, resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { createClientKey } from "../auth/create-client-key.ts";
import { createSqliteKeyStore } from "../runtime/node/create-sqlite-key-store.ts";
import { openDatabase } from "../runtime/node/open-database.ts";
import { parseCommandArgs } from "./config-flags.ts";

/** `veilgate keys create|list|revoke`: manages client keys in the data dir's database. */
export function runKeysCommand(args: string[]): number {
  const [action, ...rest] = args;
  const { config, values, positionals } = parseCommandArgs(rest, { name: { type: "string" }, vendors: { type: "string" } });
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const database = openDatabase(join(dataDir, "veilgate.db"));
  try {
    const keys = createSqliteKeyStore(database);
    switch (action) {
      case "create": {
        const name = values.name;
        if (typeof name !== "string" || name.trim() === "") throw new Error("keys create needs --name NAME");
        const vendors = typeof values.vendors === "string" ? values.vendors.split(",").map((vendor) => vendor.trim()).filter(Boolean) : null;
        const { record, secret } = createClientKey(keys, { name, vendors });
        process.stderr.write(`Created ${record.id} (${record.name}); vendors: ${record.vendors?.join(", ") ?? "all approved"}.\n`);
        process.stderr.write("This is the only time the key is shown. Store it now:\n");
        process.stdout.write(`${secret}\n`);
        return 0;
      }
      case "list": {
        const rows = keys.list();
        if (rows.length === 0) process.stdout.write("No keys.\n");
        for (const key of rows) {
          const state = key.revokedAt ? `revoked ${key.revokedAt}` : "active";
          process.stdout.write(`${key.id}\t${key.hint}\t${key.name}\t${key.vendors?.join(",") ?? "*"}\t${key.createdAt}\t${state}\n`);
        }
        return 0;
      }
      case "revoke": {
        const id = positionals[0];
        if (!id) throw new Error("keys revoke needs a KEY_ID");
        if (!keys.revoke(id, new Date().toISOString())) throw new Error(`no active key with id ${id}`);
        process.stdout.write(`Revoked ${id}.\n`);
        return 0;
      }
      default:
        throw new Error("keys needs one of: create, list, revoke");
    }
  } finally {
    database.close();
  }
}
