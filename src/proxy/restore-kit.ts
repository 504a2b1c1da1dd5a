import type { RestoreKit } from "../protocols/types.ts";
import type { ExchangeVault } from "../vault/create-exchange-vault.ts";
import { createStreamRestorer } from "../vault/create-stream-restorer.ts";
import { restoreText } from "../vault/restore-text.ts";

/** Binds the vault's restore functions to one exchange's placeholders, for a protocol to use. */
export function createRestoreKit(vault: ExchangeVault): RestoreKit {
  const lookup = vault.lookup;
  return {
    restore: (text, encoding) => restoreText(text, { lookup, encoding }),
    createStream: (encoding) => createStreamRestorer({ lookup, encoding }),
  };
}
