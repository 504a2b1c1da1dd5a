import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createClientKey } from "../../src/auth/create-client-key.ts";
import { parseConfig } from "../../src/config.ts";
import { type RunningVeilgate, startNodeServer } from "../../src/entry/node.ts";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");
export const FAKE_VENDOR_KEY = "sk-fake-vendor-secret-0123456789abcdef";
/** The key Veilgate holds for `claudeish` when it points at the fake Anthropic vendor. */
export const FAKE_ANTHROPIC_VENDOR_KEY = "sk-ant-fake-vendor-secret-0123456789abcdef";

/**
 * Vendor files for a test: `fakeai` points at the fake vendor, the others exercise policy.
 * With `anthropicVendorUrl`, `claudeish` points at that fake Anthropic vendor instead and
 * has a key of its own.
 */
export function testVendors(fakeVendorUrl: string, options: { anthropicVendorUrl?: string } = {}): Array<Record<string, unknown>> {
  const base = {
    protocol: "openai",
    baseUrl: `${fakeVendorUrl}/v1`,
    regions: ["us"],
    dpa: { signed: "2025-01-01", expires: "2099-12-31" },
    // Cleared for every class with a BAA, so tests of redaction are not refused by policy.
    hipaaBaa: { signed: true },
    dataClasses: ["phi", "financial", "contact", "government_id", "identity"],
    status: "approved",
  };
  const claudeish = options.anthropicVendorUrl ? { baseUrl: `${options.anthropicVendorUrl}/v1`, apiKeyEnv: "CLAUDEISH_API_KEY" } : {};
  return [
    { ...base, id: "fakeai", displayName: "Fake AI", apiKeyEnv: "FAKEAI_API_KEY", models: ["gpt-test", "shared-model"] },
    { ...base, id: "otherai", displayName: "Other AI", models: ["shared-model", "other-model"] },
    { ...base, id: "suspendedai", displayName: "Suspended AI", models: ["suspended-model"], status: "suspended" },
    { ...base, id: "expiredai", displayName: "Expired DPA AI", models: ["expired-model"], dpa: { signed: "2020-01-01", expires: "2021-01-01" } },
    { ...base, id: "claudeish", displayName: "Anthropic-protocol AI", protocol: "anthropic", models: ["claude-test"], ...claudeish },
  ];
}

/** What a test may set on a key it creates. */
export type KeyOptions = Partial<Parameters<typeof createClientKey>[1]>;

export interface TestVeilgate extends RunningVeilgate {
  dataDir: string;
  /** A client key allowed to use every approved vendor. */
  clientKey: string;
  createKey(options?: KeyOptions): { id: string; secret: string };
}

/** Starts a real Veilgate on 127.0.0.1 with a temporary data dir and the test vendors. */
export async function startTestVeilgate(options: {
  fakeVendorUrl: string;
  anthropicVendorUrl?: string;
  upstreamTimeoutMs?: number;
  maxBodyBytes?: number;
  /** More vendor files (e.g. to exercise tenant policies), written beside the standard ones. */
  extraVendors?: Array<Record<string, unknown>>;
  /** More environment for the server (e.g. VEILGATE_BOOTSTRAP_ADMIN_KEY). */
  environment?: Record<string, string>;
  /** Break-glass reveal of logged values (off by default, as in production). */
  auditReveal?: boolean;
  /** Audit entries per signed checkpoint. */
  auditCheckpointEvery?: number;
  /** Reuse this data dir (e.g. to restart on the same database). */
  dataDir?: string;
}): Promise<TestVeilgate> {
  const root = mkdtempSync(join(tmpdir(), "veilgate-test-"));
  const vendorsDir = join(root, "vendors");
  mkdirSync(vendorsDir);
  for (const vendor of [...testVendors(options.fakeVendorUrl, { anthropicVendorUrl: options.anthropicVendorUrl }), ...(options.extraVendors ?? [])]) {
    writeFileSync(join(vendorsDir, `${vendor.id}.json`), JSON.stringify(vendor));
  }
  const dataDir = options.dataDir ?? join(root, "data");
  const config = parseConfig(
    {
      port: 0,
      dataDir,
      vendorsDir,
      rulesDir: join(REPO_ROOT, "redaction-rules"),
      logLevel: "silent",
      upstreamTimeoutMs: options.upstreamTimeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      auditReveal: options.auditReveal,
      auditCheckpointEvery: options.auditCheckpointEvery,
    },
    {},
  );
  const running = await startNodeServer(config, { FAKEAI_API_KEY: FAKE_VENDOR_KEY, CLAUDEISH_API_KEY: FAKE_ANTHROPIC_VENDOR_KEY, ...options.environment });
  const createKey = (keyOptions: KeyOptions = {}) => {
    const { record, secret } = createClientKey(running.services.keys, { ...keyOptions, name: keyOptions.name ?? "test" });
    return { id: record.id, secret };
  };
  return { ...running, dataDir, clientKey: createKey().secret, createKey };
}
