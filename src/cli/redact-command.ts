import { resolve } from "node:path";
import { text } from "node:stream/consumers";
import { createDetector } from "../detect/index.ts";
import { redactText } from "../proxy/redact-text.ts";
import { loadRulePacks } from "../runtime/node/load-rule-packs.ts";
import { createExchangeVault } from "../vault/create-exchange-vault.ts";
import { createPlaceholderTagger } from "../vault/create-placeholder-tagger.ts";
import { parseCommandArgs } from "./config-flags.ts";

/**
 * `veilgate redact`: reads all of stdin and writes only the redacted text to stdout, with
 * counts per entity type on stderr, for trying detection by hand and in scripts.
 */
export async function runRedactCommand(args: string[]): Promise<number> {
  const { config } = parseCommandArgs(args);
  const rules = loadRulePacks(resolve(config.rulesDir));
  const detector = createDetector(rules.detectorOptions);
  // A throwaway secret: these placeholders are for reading, not for restoring later.
  const tagger = createPlaceholderTagger({ serverSecret: crypto.getRandomValues(new Uint8Array(32)), callerId: "cli" });
  const vault = createExchangeVault({ tagger });
  const input = await text(process.stdin);
  process.stdout.write(redactText(input, detector, vault));
  const counts = [...vault.counts].sort(([a], [b]) => a.localeCompare(b));
  process.stderr.write(counts.length === 0 ? "no PII found\n" : `${counts.map(([type, count]) => `${type}: ${count}`).join("\n")}\n`);
  return 0;
}
