import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { SecretBox } from "../../secrets/secret-box.ts";
import { createFileOnce } from "./create-file-once.ts";

const ASSOCIATED_DATA = "veilgate.audit.signing-key:v1";

/**
 * The audit log's Ed25519 seed: kept in `audit-signing.key` (mode 0600) and, inside it,
 * sealed with the master key, so neither the file alone nor a copied database signs
 * anything. Created on first start; `created` tells the caller to warn about backups.
 */
export function loadAuditSigningKey(options: { file: string; secretBox: SecretBox }): { seed: Uint8Array; created: boolean } {
  const { file, secretBox } = options;
  const created = createFileOnce(file, () => `${secretBox.seal(randomBytes(32).toString("base64"), ASSOCIATED_DATA)}\n`);
  const seed = Buffer.from(secretBox.open(readFileSync(file, "utf8").trim(), ASSOCIATED_DATA), "base64");
  if (seed.length !== 32) throw new Error(`${file} does not hold a 32-byte audit signing key`);
  return { seed: new Uint8Array(seed), created };
}
