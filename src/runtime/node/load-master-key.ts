import { loadSecretFile } from "./load-secret-file.ts";

/**
 * The master key: `VEILGATE_MASTER_KEY` (base64, 32 bytes) when set, else `master.key` in
 * the data dir, created 0600 on first start. `created` tells the caller to warn that the
 * file must be backed up apart from the database it protects.
 */
export function loadMasterKey(options: { environment: Record<string, string | undefined>; file: string }): { key: Uint8Array; created: boolean; source: string } {
  const fromEnvironment = options.environment.VEILGATE_MASTER_KEY;
  if (fromEnvironment) {
    const key = new Uint8Array(Buffer.from(fromEnvironment, "base64"));
    if (key.length !== 32) throw new Error("VEILGATE_MASTER_KEY must be 32 random bytes, base64-encoded");
    return { key, created: false, source: "VEILGATE_MASTER_KEY" };
  }
  const { secret, created } = loadSecretFile(options.file);
  return { key: secret.slice(0, 32), created, source: options.file };
}
