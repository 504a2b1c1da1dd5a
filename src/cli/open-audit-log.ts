import { join } from "node:path";
import type Database from "better-sqlite3";
import type { AuditLog } from "../audit/audit-log.ts";
import type { Config } from "../config.ts";
import { createNodeAuditLog } from "../runtime/node/create-node-audit-log.ts";
import { createSodiumSecretBox } from "../runtime/node/create-sodium-secret-box.ts";
import { loadMasterKey } from "../runtime/node/load-master-key.ts";
import { loadPreviousMasterKeys } from "../runtime/node/load-previous-master-keys.ts";
import type { SecretBox } from "../secrets/secret-box.ts";

/** The data dir's master key (current and previous) and its audit log, opened as the server opens them. */
export async function openAuditLog(options: {
  config: Config;
  dataDir: string;
  database: Database.Database;
  environment: Record<string, string | undefined>;
}): Promise<{ secretBox: SecretBox; log: AuditLog }> {
  const { config, dataDir, database, environment } = options;
  const masterKey = loadMasterKey({ environment, file: join(dataDir, "master.key") });
  const secretBox = await createSodiumSecretBox({ currentKey: masterKey.key, previousKeys: loadPreviousMasterKeys({ environment, dataDir }) });
  const { log } = await createNodeAuditLog({ database, dataDir, secretBox, checkpointEvery: config.auditCheckpointEvery });
  return { secretBox, log };
}
