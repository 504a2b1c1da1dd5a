import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { resealVendorSecrets } from "../../vendors/reseal-vendor-secrets.ts";
import { createSodiumSecretBox, masterKeyId } from "./create-sodium-secret-box.ts";
import { createSqliteVendorSecretStore } from "./create-sqlite-vendor-secret-store.ts";
import { loadMasterKey } from "./load-master-key.ts";
import { loadPreviousMasterKeys, NEXT_MASTER_KEY_FILE, PREVIOUS_MASTER_KEYS_FILE } from "./load-previous-master-keys.ts";

export interface MasterKeyRotation {
  mode: "file" | "environment";
  oldKeyId: string;
  newKeyId: string;
  resealed: number;
}

/**
 * Rotates the master key: a new key becomes current, every vendor API key is re-sealed
 * under it in one transaction, and the old key stays readable (in `master.previous.keys`,
 * or `VEILGATE_PREVIOUS_MASTER_KEYS` when keys come from the environment). Each re-sealed
 * secret keeps its old ciphertext too, so servers still running on the old key keep
 * working until they restart; `finishMasterKeyRotation` then drops those copies.
 *
 * File order makes a crash at any point recoverable: the old key is saved first, the new
 * key is written as `master.key.next` (which loaders also read), the database is re-sealed,
 * and only then does the new key replace `master.key`.
 */
export async function rotateMasterKey(options: { database: Database.Database; dataDir: string; environment: Record<string, string | undefined>; now: Date }): Promise<MasterKeyRotation> {
  const { dataDir, environment } = options;
  const fromEnvironment = Boolean(environment.VEILGATE_MASTER_KEY);
  const nextFile = join(dataDir, NEXT_MASTER_KEY_FILE);
  if (!fromEnvironment && existsSync(nextFile)) throw new Error("An earlier rotation did not finish; run `veilgate secrets finish` first");
  const current = loadMasterKey({ environment, file: join(dataDir, "master.key") }).key;
  let next: Uint8Array;
  if (fromEnvironment) {
    next = new Uint8Array(Buffer.from(environment.VEILGATE_NEW_MASTER_KEY ?? "", "base64"));
    if (next.length !== 32) throw new Error("With VEILGATE_MASTER_KEY set, put the new key (32 random bytes, base64) in VEILGATE_NEW_MASTER_KEY");
  } else {
    next = new Uint8Array(randomBytes(32));
    appendFileSync(join(dataDir, PREVIOUS_MASTER_KEYS_FILE), `${Buffer.from(current).toString("base64")}\n`, { mode: 0o600 });
    writeFileSync(nextFile, `${Buffer.from(next).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  }
  const previous = loadPreviousMasterKeys({ environment, dataDir });
  const box = await createSodiumSecretBox({ currentKey: next, previousKeys: [current, ...previous] });
  const secrets = createSqliteVendorSecretStore(options.database);
  const resealed = options.database.transaction(() => resealVendorSecrets(secrets, box, { keepPrevious: true, now: options.now }))();
  if (!fromEnvironment) renameSync(nextFile, join(dataDir, "master.key"));
  return { mode: fromEnvironment ? "environment" : "file", oldKeyId: await masterKeyId(current), newKeyId: box.currentKeyId, resealed };
}
