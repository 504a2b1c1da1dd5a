import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Where a rotation keeps the keys it replaced (one base64 key per line, mode 0600). */
export const PREVIOUS_MASTER_KEYS_FILE = "master.previous.keys";
/** The new key while a rotation is under way; renamed to `master.key` when it is done. */
export const NEXT_MASTER_KEY_FILE = "master.key.next";

const decode = (text: string, source: string): Uint8Array => {
  const key = new Uint8Array(Buffer.from(text.trim(), "base64"));
  if (key.length !== 32) throw new Error(`${source} must hold 32-byte keys, base64-encoded`);
  return key;
};

/**
 * Master keys that are no longer current but must still open what they sealed: from
 * `VEILGATE_PREVIOUS_MASTER_KEYS` (comma-separated base64) when the master key comes from
 * the environment, else `master.previous.keys` in the data dir, plus `master.key.next` when
 * a rotation was interrupted after re-sealing. See `veilgate secrets rotate`.
 */
export function loadPreviousMasterKeys(options: { environment: Record<string, string | undefined>; dataDir: string }): Uint8Array[] {
  if (options.environment.VEILGATE_MASTER_KEY) {
    const listed = options.environment.VEILGATE_PREVIOUS_MASTER_KEYS ?? "";
    return listed.split(",").filter((part) => part.trim() !== "").map((part) => decode(part, "VEILGATE_PREVIOUS_MASTER_KEYS"));
  }
  const keys: Uint8Array[] = [];
  const previousFile = join(options.dataDir, PREVIOUS_MASTER_KEYS_FILE);
  if (existsSync(previousFile)) {
    for (const line of readFileSync(previousFile, "utf8").split("\n")) if (line.trim() !== "") keys.push(decode(line, previousFile));
  }
  const nextFile = join(options.dataDir, NEXT_MASTER_KEY_FILE);
  if (existsSync(nextFile)) keys.push(decode(readFileSync(nextFile, "utf8"), nextFile));
  return keys;
}
