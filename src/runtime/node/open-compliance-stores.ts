import type Database from "better-sqlite3";
import type { AuditLog } from "../../audit/audit-log.ts";
import { bootstrapAdminKey } from "../../auth/bootstrap-admin-key.ts";
import type { KeyStore } from "../../auth/key-store.ts";
import { type ComplianceSettings, parseComplianceSettings } from "../../policy/compliance-settings.ts";
import { createCachingPolicyStore } from "../../policy/create-caching-policy-store.ts";
import type { PolicyStore } from "../../policy/policy-store.ts";
import { createCachingVendorSecretStore } from "../../secrets/create-caching-vendor-secret-store.ts";
import type { SecretBox } from "../../secrets/secret-box.ts";
import type { Logger } from "../../services.ts";
import { createVendorKeyResolver } from "../../vendors/create-vendor-key-resolver.ts";
import { createVendorRegistry, type VendorRegistry } from "../../vendors/create-vendor-registry.ts";
import { importSeedVendors } from "../../vendors/import-seed-vendors.ts";
import type { VendorSecretStore } from "../../vendors/vendor-secret-store.ts";
import type { Vendor } from "../../vendors/vendor-schema.ts";
import { createSqlitePolicyStore } from "./create-sqlite-policy-store.ts";
import { createSqliteVendorSecretStore } from "./create-sqlite-vendor-secret-store.ts";
import { createSqliteVendorStore } from "./create-sqlite-vendor-store.ts";

/** The compliance half of the services, on the data dir's database. */
export interface ComplianceStores {
  registry: VendorRegistry;
  policies: PolicyStore;
  vendorSecrets: VendorSecretStore;
  vendorApiKey(vendor: Vendor): string | undefined;
  settings: ComplianceSettings;
}

/**
 * Opens the vendor registry, vendor secrets and tenant policies on SQLite and brings them
 * up to date at start-up: imports new seed files (once each, audited), warns about seed
 * files that no longer match the registry, contracts about to expire and vendors with no
 * API key, and registers `VEILGATE_BOOTSTRAP_ADMIN_KEY` as the first admin key.
 */
export function openComplianceStores(options: {
  database: Database.Database;
  seeds: Vendor[];
  /** Vendors that are never stored (the demo vendor). */
  transient: Vendor[];
  keys: KeyStore;
  secretBox: SecretBox;
  exchangeLog: AuditLog;
  logger: Logger;
  environment: Record<string, string | undefined>;
  now: Date;
}): ComplianceStores {
  const { logger, environment, now } = options;
  const settings = parseComplianceSettings(environment);
  const store = createSqliteVendorStore(options.database);
  const seeded = importSeedVendors({ store, seeds: options.seeds, now });
  const record = (action: string, target: string, after: unknown) =>
    options.exchangeLog.appendAdminAction({ time: now.toISOString(), requestId: "startup", actorKeyId: null, action, target, before: null, after });
  for (const imported of seeded.imported) record("vendor.import", `vendor:${imported.vendor.id}`, imported);
  for (const id of seeded.drifted) {
    logger.warn({ vendor: id }, "vendor file differs from the registry; the registry wins (seed files are imported once): change the vendor through the admin API or CLI");
  }
  const registry = createVendorRegistry({ store, vendors: options.transient, warningDays: settings.vendorWarningDays });
  // Read on every request, so cached: a key set with the CLI (or a rotation) applies within five seconds.
  const vendorSecrets = createCachingVendorSecretStore(createSqliteVendorSecretStore(options.database), { ttlMs: 5_000 });
  const vendorApiKey = createVendorKeyResolver({
    secrets: vendorSecrets,
    secretBox: options.secretBox,
    environment,
    onUnreadable: (vendor) => logger.error({ vendor }, "the vendor's stored API key cannot be opened with this master key"),
  });

  for (const vendor of registry.list()) {
    const compliance = registry.compliance(vendor, now);
    for (const warning of compliance.warnings) logger.warn({ vendor: vendor.id, ...warning }, "vendor contract or report expires soon; traffic stops after it expires");
    if (vendor.status === "approved" && !compliance.eligible) logger.warn({ vendor: vendor.id, rule: compliance.rule }, "approved vendor gets no traffic");
    if (vendor.status === "approved" && vendor.apiKeyEnv && !environment[vendor.apiKeyEnv] && !vendorSecrets.get(vendor.id)) {
      logger.warn({ vendor: vendor.id, env: vendor.apiKeyEnv }, "vendor has no API key set; its requests will fail");
    }
  }

  const bootstrapSecret = environment.VEILGATE_BOOTSTRAP_ADMIN_KEY;
  if (bootstrapSecret) {
    const outcome = bootstrapAdminKey(options.keys, bootstrapSecret, now);
    if (outcome.created) {
      const { hash: _hash, ...summary } = outcome.record;
      record("key.bootstrap", `key:${outcome.record.id}`, summary);
      logger.warn({ keyId: outcome.record.id }, "registered VEILGATE_BOOTSTRAP_ADMIN_KEY as the first admin key; remove the variable now");
    } else if (outcome.reason === "too_short") {
      throw new Error("VEILGATE_BOOTSTRAP_ADMIN_KEY must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)");
    }
  }
  // Read on every request, so cached: a policy changed with the CLI applies within five seconds.
  const policies = createCachingPolicyStore(createSqlitePolicyStore(options.database), { ttlMs: 5_000 });
  return { registry, policies, vendorSecrets, vendorApiKey, settings };
}
