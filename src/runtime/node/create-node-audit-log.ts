import { join } from "node:path";
import type Database from "better-sqlite3";
import type { AuditLog } from "../../audit/audit-log.ts";
import type { SecretBox } from "../../secrets/secret-box.ts";
import { createSodiumAuditSigner } from "./create-sodium-audit-signer.ts";
import { createSqliteExchangeLog } from "./create-sqlite-exchange-log.ts";
import { loadAuditSigningKey } from "./load-audit-signing-key.ts";

/** The name of the sealed Ed25519 seed in the data dir. */
export const AUDIT_SIGNING_KEY_FILE = "audit-signing.key";

/**
 * The signed audit log for a Node process (server or CLI): SQLite chain, node:crypto
 * SHA-256, Ed25519 checkpoints with the data dir's sealed signing key.
 */
export async function createNodeAuditLog(options: {
  database: Database.Database;
  dataDir: string;
  secretBox: SecretBox;
  checkpointEvery?: number;
}): Promise<{ log: AuditLog; signingKeyCreated: boolean; signingKeyFile: string }> {
  const signingKeyFile = join(options.dataDir, AUDIT_SIGNING_KEY_FILE);
  const { seed, created } = loadAuditSigningKey({ file: signingKeyFile, secretBox: options.secretBox });
  const signer = await createSodiumAuditSigner({ seed });
  const log = createSqliteExchangeLog(options.database, {
    signer,
    ...(options.checkpointEvery ? { checkpointEvery: options.checkpointEvery } : {}),
  });
  return { log, signingKeyCreated: created, signingKeyFile };
}
