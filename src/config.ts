import { z } from "zod";

const port = z.coerce.number().int().min(0).max(65535);
const flag = z.union([z.boolean(), z.enum(["1", "true", "yes", "0", "false", "no", ""]).transform((value) => ["1", "true", "yes"].includes(value))]);

/** Veilgate's settings, from CLI flags first, then `VEILGATE_*` environment variables, then defaults. */
export const configSchema = z.object({
  port: port.default(8787),
  host: z.string().min(1).default("127.0.0.1"),
  dataDir: z.string().min(1).default("data"),
  vendorsDir: z.string().min(1).default("vendors"),
  rulesDir: z.string().min(1).default("redaction-rules"),
  upstreamTimeoutMs: z.coerce.number().int().positive().default(60_000),
  maxBodyBytes: z.coerce.number().int().positive().default(4 * 1024 * 1024),
  logLevel: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** Also run the built-in demo echo vendor and print a demo key. */
  demo: flag.default(false),
  /** Audit entries older than this many days are removed, whole signed segments at a time; 0 keeps everything. */
  auditRetentionDays: z.coerce.number().int().min(0).default(0),
  /** Break-glass: keep each exchange's value map sealed so an auditor can reveal one value with a justification. */
  auditReveal: flag.default(false),
  /** Sign an audit checkpoint every this many entries (and once a minute). */
  auditCheckpointEvery: z.coerce.number().int().min(1).default(256),
  /** Mark the review console's session cookie Secure even on plain HTTP: for Veilgate behind a TLS-terminating proxy. */
  secureCookies: flag.default(false),
});

export type Config = z.infer<typeof configSchema>;

const ENVIRONMENT_NAMES: Record<keyof Config, string> = {
  port: "VEILGATE_PORT",
  host: "VEILGATE_HOST",
  dataDir: "VEILGATE_DATA_DIR",
  vendorsDir: "VEILGATE_VENDORS_DIR",
  rulesDir: "VEILGATE_RULES_DIR",
  upstreamTimeoutMs: "VEILGATE_UPSTREAM_TIMEOUT_MS",
  maxBodyBytes: "VEILGATE_MAX_BODY_BYTES",
  logLevel: "VEILGATE_LOG_LEVEL",
  demo: "VEILGATE_DEMO",
  auditRetentionDays: "VEILGATE_AUDIT_RETENTION_DAYS",
  auditReveal: "VEILGATE_AUDIT_REVEAL",
  auditCheckpointEvery: "VEILGATE_AUDIT_CHECKPOINT_EVERY",
  secureCookies: "VEILGATE_SECURE_COOKIES",
};

/** Merges flags over environment variables and validates; the error names the setting. */
export function parseConfig(flags: Partial<Record<keyof Config, unknown>>, environment: Record<string, string | undefined>): Config {
  const merged: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENVIRONMENT_NAMES) as Array<[keyof Config, string]>) {
    const value = flags[key] ?? environment[name];
    if (value !== undefined) merged[key] = value;
  }
  const result = configSchema.safeParse(merged);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path[0] as keyof Config;
    return `${key} (--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} or ${ENVIRONMENT_NAMES[key]}): ${issue.message}`;
  });
  throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
}
