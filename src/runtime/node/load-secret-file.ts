import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createFileOnce } from "./create-file-once.ts";

/**
 * Reads a 32-byte secret from a 0600 file, creating it on first start. Returns whether it
 * was created, so the caller can warn that losing the file changes every placeholder.
 */
export function loadSecretFile(file: string): { secret: Uint8Array; created: boolean } {
  const created = createFileOnce(file, () => `${randomBytes(32).toString("base64")}\n`);
  return { secret: readSecret(file), created };
}

function readSecret(file: string): Uint8Array {
  const secret = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (secret.length < 32) throw new Error(`${file} must hold at least 32 random bytes, base64-encoded`);
  return new Uint8Array(secret);
}
