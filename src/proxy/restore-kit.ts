import type { RestoreKit } from "../protocols/types.ts";
import { createStreamRestorer } from "../vault/create-stream-restorer.ts";
import { restoreText } from "../vault/restore-text.ts";

/** Binds the vault's restore functions to one exchange's placeholders (`lookup`, the exchange vault's), for a protocol to use. */
export function createRestoreKit(lookup: (placeholder: string) => string | undefined): RestoreKit {
  return {
    restore: (text, encoding) => restoreText(text, { lookup, encoding }),
    createStream: (encoding) => createStreamRestorer({ lookup, encoding }),
  };
}
