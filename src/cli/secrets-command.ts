import { join, resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { finishMasterKeyRotation, type MasterKeyStatus } from "../runtime/node/finish-master-key-rotation.ts";
import { openDatabase } from "../runtime/node/open-database.ts";
import { rotateMasterKey } from "../runtime/node/rotate-master-key.ts";
import { SQLITE_SCHEMAS } from "../runtime/node/sqlite-schemas.ts";
import { parseCommandArgs } from "./config-flags.ts";

/**
 * `veilgate secrets status|rotate|finish`: the master key that seals vendor API keys.
 * `rotate` makes a new key current and re-seals every vendor key, keeping the old key
 * readable; restart every server, then `finish` drops the old ciphertexts.
 */
export async function runSecretsCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { config } = parseCommandArgs(rest);
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const database = openDatabase(join(dataDir, "veilgate.db"), SQLITE_SCHEMAS);
  const options = { database, dataDir, environment: process.env, now: new Date() };
  try {
    switch (action) {
      case "status": {
        process.stdout.write(describe((await finishMasterKeyRotation({ ...options, dryRun: true })).status));
        return 0;
      }
      case "rotate": {
        const rotation = await rotateMasterKey(options);
        process.stdout.write(`Master key ${rotation.oldKeyId} → ${rotation.newKeyId}; re-sealed ${rotation.resealed} vendor key(s), keeping copies under the old key.\n`);
        process.stdout.write(
          rotation.mode === "file"
            ? `The old key is kept in ${join(dataDir, "master.previous.keys")}. Back up ${join(dataDir, "master.key")} now.\n`
            : "Deploy VEILGATE_MASTER_KEY=<new key> and add the old key to VEILGATE_PREVIOUS_MASTER_KEYS.\n",
        );
        process.stdout.write("Restart every Veilgate server on this database, then run `veilgate secrets finish`.\n");
        return 0;
      }
      case "finish": {
        const { resealed, status } = await finishMasterKeyRotation(options);
        process.stdout.write(`Re-sealed ${resealed} vendor key(s); old copies dropped.\n${describe(status)}`);
        return 0;
      }
      default:
        throw new Error("secrets needs one of: status, rotate, finish");
    }
  } finally {
    database.close();
  }
}

function describe(status: MasterKeyStatus): string {
  const byKey = Object.entries(status.vendorSecretsByKeyId).map(([keyId, count]) => `${keyId}: ${count}`).join(", ") || "none";
  return [
    `Current master key: ${status.currentKeyId}`,
    `Previous keys still readable: ${status.previousKeyIds.join(", ") || "none"}`,
    `Vendor API keys by master key: ${byKey}`,
    `Vendor API keys with an old copy (rotation not finished): ${status.vendorSecretsWithPreviousCopy}`,
    `Audit signing key sealed under: ${status.auditSigningKeyKeyId ?? "(no audit signing key yet)"}`,
    "",
  ].join("\n");
}
