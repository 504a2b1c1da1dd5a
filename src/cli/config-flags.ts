import { parseArgs } from "node:util";
import { type Config, parseConfig } from "../config.ts";

/** Flags shared by every command that reads configuration, mapped onto Config keys. */
const CONFIG_FLAGS = {
  port: { type: "string" },
  host: { type: "string" },
  "data-dir": { type: "string" },
  "vendors-dir": { type: "string" },
  "rules-dir": { type: "string" },
  "upstream-timeout-ms": { type: "string" },
  "max-body-bytes": { type: "string" },
  "log-level": { type: "string" },
  demo: { type: "boolean" },
  "audit-retention-days": { type: "string" },
  "audit-reveal": { type: "boolean" },
  "audit-checkpoint-every": { type: "string" },
  "secure-cookies": { type: "boolean" },
} as const;

type ExtraFlags = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

/** Parses a command's arguments into Config (flags over VEILGATE_* env) plus its own flags. */
export function parseCommandArgs<Extra extends ExtraFlags>(args: string[], extra: Extra = {} as Extra) {
  const { values, positionals } = parseArgs({ args, options: { ...CONFIG_FLAGS, ...extra }, allowPositionals: true, strict: true });
  const flags: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name in CONFIG_FLAGS) flags[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  const config: Config = parseConfig(flags, process.env);
  return { config, values: values as Record<string, string | boolean | undefined>, positionals };
}
