import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { resealVendorSecrets } from "../../vendors/reseal-vendor-secrets.ts";
import { AUDIT_SIGNING_KEY_FILE } from "./create-node-audit-log.ts";
import { createSodiumSecretBox, masterKeyId } from "./create-sodium-secret-box.ts";
import { createSqliteVendorSecretStore } from "./create-sqlite-vendor-secret-store.ts";
import { loadMasterKey } from "./load-master-key.ts";
import { loadPreviousMasterKeys, NEXT_MASTER_KEY_FILE } from "./load-previous-master-keys.ts";

/** Which master keys are current and previous, and what is still sealed under which. */
export interface MasterKeyStatus {
  currentKeyId: string;
  previousKeyIds: string[];
  /** Vendor keys per master key id. */
  vendorSecretsByKeyId: Record<string, number>;
  /** Vendor keys that still carry a copy sealed under the previous key (a rotation not yet finished). */
  vendorSecretsWithPreviousCopy: number;
  /** The master key id the audit signing key file is sealed under, if there is one. */
  auditSigningKeyKeyId: string | null;
}

/**
 * Finishes a rotation once every server has restarted on the new key: completes an
 * interrupted one, re-seals anything still under an older key, and drops the old copies.
 * Previous keys stay in the keyring: audit records sealed under them (break-glass value
 * maps) cannot be re-sealed without breaking the hash chain. `status` says what uses which
 * key, so an operator can retire a previous key once nothing does.
 */
export async function finishMasterKeyRotation(options: {
  database: Database.Database;
  dataDir: string;
  environment: Record<string, string | undefined>;
  now: Date;
  dryRun?: boolean;
}): Promise<{ resealed: number; status: MasterKeyStatus }> {
  const { dataDir, environment } = options;
  const nextFile = join(dataDir, NEXT_MASTER_KEY_FILE);
  if (!options.dryRun && !environment.VEILGATE_MASTER_KEY && existsSync(nextFile)) renameSync(nextFile, join(dataDir, "master.key"));
  const current = loadMasterKey({ environment, file: join(dataDir, "master.key") }).key;
  const previous = loadPreviousMasterKeys({ environment, dataDir });
  const box = await createSodiumSecretBox({ currentKey: current, previousKeys: previous });
  const secrets = createSqliteVendorSecretStore(options.database);
  const resealed = options.dryRun ? 0 : options.database.transaction(() => resealVendorSecrets(secrets, box, { keepPrevious: false, now: options.now }))();

  const vendorSecretsByKeyId: Record<string, number> = {};
  let withPrevious = 0;
  for (const secret of secrets.list()) {
    const keyId = box.keyIdOf(secret.sealed);
    vendorSecretsByKeyId[keyId] = (vendorSecretsByKeyId[keyId] ?? 0) + 1;
    if (secret.previousSealed !== null) withPrevious += 1;
  }
  const signingKeyFile = join(dataDir, AUDIT_SIGNING_KEY_FILE);
  const previousKeyIds: string[] = [];
  for (const key of previous) {
    const id = await masterKeyId(key);
    if (id !== box.currentKeyId && !previousKeyIds.includes(id)) previousKeyIds.push(id);
  }
  return {
    resealed,
    status: {
      currentKeyId: box.currentKeyId,
      previousKeyIds,
      vendorSecretsByKeyId,
      vendorSecretsWithPreviousCopy: withPrevious,
      auditSigningKeyKeyId: existsSync(signingKeyFile) ? box.keyIdOf(readFileSync(signingKeyFile, "utf8").trim()) : null,
    },
  };
}
