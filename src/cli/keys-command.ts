import { join, resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { createClientKey } from "../auth/create-client-key.ts";
import { PERMISSIONS, type Permission, ROLES, type Role } from "../auth/permissions.ts";
import { reviewKeys } from "../auth/review-keys.ts";
import type { Config } from "../config.ts";
import { parseComplianceSettings } from "../policy/compliance-settings.ts";
import { createSqliteKeyStore } from "../runtime/node/create-sqlite-key-store.ts";
import { openDatabase } from "../runtime/node/open-database.ts";
import { SQLITE_SCHEMAS } from "../runtime/node/sqlite-schemas.ts";
import { parseCommandArgs } from "./config-flags.ts";
import { type CliContext, openCliContext } from "./open-cli-context.ts";

/**
 * `veilgate keys create|list|review|revoke`: manages keys in the data dir's database. Creating
 * and revoking are logged in the audit log like every other change, with no actor key: the
 * host's operator needs none (this is how the first admin keys are made).
 */
export async function runKeysCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { config, values, positionals } = parseCommandArgs(rest, {
    name: { type: "string" },
    vendors: { type: "string" },
    role: { type: "string" },
    scopes: { type: "string" },
    expires: { type: "string" },
    policy: { type: "string" },
    "stale-days": { type: "string" },
    json: { type: "boolean" },
  });
  if (action === "create" || action === "revoke") {
    const context = await openCliContext(config);
    try {
      return action === "create" ? createKey(context, values) : revokeKey(context, positionals[0]);
    } finally {
      context.close();
    }
  }
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const database = openDatabase(join(dataDir, "veilgate.db"), SQLITE_SCHEMAS);
  try {
    const keys = createSqliteKeyStore(database);
    switch (action) {
      case "list": {
        const rows = keys.list();
        if (rows.length === 0) process.stdout.write("No keys.\n");
        for (const key of rows) {
          const state = key.revokedAt ? `revoked ${key.revokedAt}` : "active";
          const expiry = key.expiresAt ? `expires ${key.expiresAt}` : "no expiry";
          process.stdout.write(`${key.id}\t${key.hint}\t${key.role}\t${key.name}\t${key.vendors?.join(",") ?? "*"}\t${key.createdAt}\t${expiry}\t${state}\n`);
        }
        return 0;
      }
      case "review": {
        const staleDays = typeof values["stale-days"] === "string" ? Number(values["stale-days"]) : parseComplianceSettings(process.env).keyStaleDays;
        if (!Number.isInteger(staleDays) || staleDays < 1) throw new Error("--stale-days must be a whole number of days");
        const entries = reviewKeys(keys.list(), new Date(), staleDays);
        if (values.json) {
          process.stdout.write(`${JSON.stringify(entries)}\n`);
          return 0;
        }
        process.stdout.write("id\trole\tname\tscopes\tpolicy\tcreated\tlast used\texpires\tstate\tflags\n");
        for (const entry of entries) {
          const flags = [entry.stale ? `STALE (idle ${entry.idleDays} days)` : "", entry.state === "expired" ? "EXPIRED" : ""].filter(Boolean).join(" ");
          process.stdout.write(
            `${[entry.id, entry.role, entry.name, entry.scopes.join(",") || "(role)", entry.policyId ?? "default", entry.createdAt, entry.lastUsedAt ?? "never", entry.expiresAt ?? "never", entry.state, flags].join("\t")}\n`,
          );
        }
        const flagged = entries.filter((entry) => entry.stale || entry.state === "expired").length;
        process.stderr.write(`${entries.length} key(s); ${flagged} need attention (stale after ${staleDays} days).\n`);
        return 0;
      }
      default:
        throw new Error("keys needs one of: create, list, review, revoke");
    }
  } finally {
    database.close();
  }
}

/** Creates a key, prints its secret once, and logs the key (never the secret). */
function createKey(context: CliContext, values: Record<string, string | boolean | undefined>): number {
  const name = values.name;
  if (typeof name !== "string" || name.trim() === "") throw new Error("keys create needs --name NAME");
  const policyId = typeof values.policy === "string" ? values.policy : null;
  if (policyId && !context.policies.get(policyId)) throw new Error(`no policy with id ${policyId}`);
  const { record, secret } = createClientKey(context.keys, { name, ...parseKeyOptions(values), policyId });
  const [view] = reviewKeys([record], new Date(), parseComplianceSettings(process.env).keyStaleDays);
  context.record({ actorKeyId: null, action: "key.create", target: `key:${record.id}`, before: null, after: view });
  const expiry = record.expiresAt ? `; expires ${record.expiresAt}` : "";
  process.stderr.write(`Created ${record.role} key ${record.id} (${record.name}); vendors: ${record.vendors?.join(", ") ?? "all approved"}${expiry}.\n`);
  process.stderr.write("This is the only time the key is shown. Store it now:\n");
  process.stdout.write(`${secret}\n`);
  return 0;
}

/** Revokes a key and logs it. */
function revokeKey(context: CliContext, id: string | undefined): number {
  if (!id) throw new Error("keys revoke needs a KEY_ID");
  const before = context.keys.list().find((key) => key.id === id);
  if (!before || !context.keys.revoke(id, new Date().toISOString())) throw new Error(`no active key with id ${id}`);
  const after = context.keys.list().find((key) => key.id === id)!;
  const [beforeView, afterView] = reviewKeys([before, after], new Date(), parseComplianceSettings(process.env).keyStaleDays);
  context.record({ actorKeyId: null, action: "key.revoke", target: `key:${id}`, before: beforeView, after: afterView });
  process.stdout.write(`Revoked ${id}.\n`);
  return 0;
}

const list = (value: string | boolean | undefined) =>
  typeof value === "string" ? value.split(",").map((item) => item.trim()).filter(Boolean) : [];

/** Validates --role, --scopes, --vendors and --expires for `keys create`. */
function parseKeyOptions(values: Record<string, string | boolean | undefined>) {
  const role = (values.role ?? "client") as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
  const scopes = list(values.scopes) as Permission[];
  const unknown = scopes.filter((scope) => !PERMISSIONS.includes(scope));
  if (unknown.length > 0) throw new Error(`unknown scope(s) ${unknown.join(", ")}; known: ${PERMISSIONS.join(", ")}`);
  let expiresAt: string | null = null;
  if (typeof values.expires === "string") {
    const date = new Date(values.expires);
    if (Number.isNaN(date.getTime())) throw new Error("--expires must be a date, e.g. 2027-03-31");
    expiresAt = date.toISOString();
  }
  const vendors = list(values.vendors);
  return { role, scopes, expiresAt, vendors: vendors.length > 0 ? vendors : null };
}
