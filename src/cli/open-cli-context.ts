import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type Database from "better-sqlite3";
import type { AuditLog } from "../audit/audit-log.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { KeyStore } from "../auth/key-store.ts";
import { can, type Permission } from "../auth/permissions.ts";
import { personOfKey } from "../auth/person-of-key.ts";
import type { Config } from "../config.ts";
import type { PolicyStore } from "../policy/policy-store.ts";
import { createSqliteKeyStore } from "../runtime/node/create-sqlite-key-store.ts";
import { createSqlitePolicyStore } from "../runtime/node/create-sqlite-policy-store.ts";
import { createSqliteVendorSecretStore } from "../runtime/node/create-sqlite-vendor-secret-store.ts";
import { createSqliteVendorStore } from "../runtime/node/create-sqlite-vendor-store.ts";
import { loadVendorFiles } from "../runtime/node/load-vendor-files.ts";
import { openDatabase } from "../runtime/node/open-database.ts";
import { SQLITE_SCHEMAS } from "../runtime/node/sqlite-schemas.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { createVendorLifecycle, type VendorLifecycle } from "../vendors/create-vendor-lifecycle.ts";
import { createVendorRegistry, type VendorRegistry } from "../vendors/create-vendor-registry.ts";
import { importSeedVendors } from "../vendors/import-seed-vendors.ts";
import type { VendorActor } from "../vendors/vendor-record.ts";
import type { VendorSecretStore } from "../vendors/vendor-secret-store.ts";
import { openAuditLog } from "./open-audit-log.ts";

/** What the admin commands work on: the data dir's stores, and who is acting. */
export interface CliContext {
  database: Database.Database;
  keys: KeyStore;
  registry: VendorRegistry;
  lifecycle: VendorLifecycle;
  policies: PolicyStore;
  vendorSecrets: VendorSecretStore;
  secretBox: SecretBox;
  log: AuditLog;
  /**
   * The admin acting, from `VEILGATE_ADMIN_KEY`: changes made with the CLI count in the
   * two-person rule as that key's, and are logged under its id, exactly like API calls.
   */
  actor(permission: Permission): VendorActor;
  /** Writes one change to the audit log (request id `cli-…`). */
  record(change: { actorKeyId: string | null; action: string; target: string; before: unknown; after: unknown }): void;
  close(): void;
}

/**
 * Opens the data dir for `veilgate vendors|policies`: the same SQLite stores and audit log
 * the server uses. Seed files are imported first, exactly as the server would at start-up,
 * so both see the same registry.
 */
export async function openCliContext(config: Config, environment: Record<string, string | undefined> = process.env): Promise<CliContext> {
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const database = openDatabase(join(dataDir, "veilgate.db"), SQLITE_SCHEMAS);
  const now = new Date();
  const { secretBox, log } = await openAuditLog({ config, dataDir, database, environment });
  const requestId = `cli-${crypto.randomUUID()}`;
  const record: CliContext["record"] = (change) => log.appendAdminAction({ time: new Date().toISOString(), requestId, ...change });

  const store = createSqliteVendorStore(database);
  const vendorsDir = resolve(config.vendorsDir);
  const seeded = importSeedVendors({ store, seeds: existsSync(vendorsDir) ? loadVendorFiles(vendorsDir) : [], now });
  for (const imported of seeded.imported) record({ actorKeyId: null, action: "vendor.import", target: `vendor:${imported.vendor.id}`, before: null, after: imported });
  const registry = createVendorRegistry({ store, refreshMs: 0 });
  const keys = createSqliteKeyStore(database);
  return {
    database,
    keys,
    registry,
    lifecycle: createVendorLifecycle({ registry }),
    policies: createSqlitePolicyStore(database),
    vendorSecrets: createSqliteVendorSecretStore(database),
    secretBox,
    log,
    actor(permission) {
      const authentication = authenticate(keys, environment.VEILGATE_ADMIN_KEY, new Date());
      if (!authentication.ok) {
        throw new Error(`this command changes the registry, so it needs an admin key in VEILGATE_ADMIN_KEY (${authentication.reason})`);
      }
      if (!can(authentication.principal, permission)) throw new Error(`the key in VEILGATE_ADMIN_KEY (role ${authentication.principal.role}) lacks '${permission}'`);
      return { keyId: authentication.principal.keyId, person: personOfKey(keys.list(), authentication.principal.keyId) };
    },
    record,
    close: () => database.close(),
  };
}
