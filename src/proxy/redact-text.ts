import type { Detector } from "../detect/index.ts";
import type { ExchangeVault } from "../vault/create-exchange-vault.ts";

/** Replaces every finding in `text` with its placeholder. */
export function redactText(text: string, detector: Detector, vault: ExchangeVault): string {
  return vault.tokenize(text, detector.detect(text));
}
