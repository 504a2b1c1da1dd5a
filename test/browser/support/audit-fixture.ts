import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExchangeRecord } from "../../../src/audit/exchange-record.ts";
import { createClientKey } from "../../../src/auth/create-client-key.ts";
import type { Role } from "../../../src/auth/permissions.ts";
import { parseConfig } from "../../../src/config.ts";
import { type RunningVeilgate, startNodeServer } from "../../../src/entry/node.ts";
import { type FakeVendor, startFakeOpenAiVendor } from "../../support/fake-openai-vendor.ts";
import { FAKE_VENDOR_KEY, REPO_ROOT, testVendors } from "../../support/start-veilgate.ts";

/** A real Veilgate (SQLite data dir, signed audit log) in front of the fake vendor, with one key per role. */
export interface AuditFixture {
  veilgate: RunningVeilgate;
  vendor: FakeVendor;
  dataDir: string;
  keys: Record<Role, { id: string; secret: string }>;
  /** Sends one chat completion through Veilgate; resolves with the HTTP status. */
  chat(content: string, options?: { model?: string; key?: string }): Promise<number>;
  /** Appends a synthetic exchange directly (for history on earlier days). */
  appendPast(record: Partial<ExchangeRecord> & { time: string }): void;
  close(): Promise<void>;
}

export async function startAuditFixture(options: { reveal?: boolean; checkpointEvery?: number } = {}): Promise<AuditFixture> {
  const vendor = await startFakeOpenAiVendor();
  const root = mkdtempSync(join(tmpdir(), "veilgate-audit-"));
  const vendorsDir = join(root, "vendors");
  mkdirSync(vendorsDir);
  for (const entry of testVendors(vendor.url)) writeFileSync(join(vendorsDir, `${entry.id}.json`), JSON.stringify(entry));
  const dataDir = join(root, "data");
  const config = parseConfig(
    {
      port: 0,
      dataDir,
      vendorsDir,
      rulesDir: join(REPO_ROOT, "redaction-rules"),
      logLevel: "silent",
      auditReveal: options.reveal ?? false,
      auditCheckpointEvery: options.checkpointEvery ?? 8,
    },
    {},
  );
  const veilgate = await startNodeServer(config, { FAKEAI_API_KEY: FAKE_VENDOR_KEY });
  const key = (role: Role, name: string) => {
    const { record, secret } = createClientKey(veilgate.services.keys, { name, role });
    return { id: record.id, secret };
  };
  const keys = { client: key("client", "support bot"), auditor: key("auditor", "Dana (security review)"), admin: key("admin", "ops admin") };
  return {
    veilgate,
    vendor,
    dataDir,
    keys,
    async chat(content, chatOptions = {}) {
      const response = await fetch(`${veilgate.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${chatOptions.key ?? keys.client.secret}`, "content-type": "application/json" },
        body: JSON.stringify({ model: chatOptions.model ?? "gpt-test", messages: [{ role: "system", content: "You are a helpful support agent." }, { role: "user", content }] }),
      });
      await response.arrayBuffer();
      return response.status;
    },
    appendPast(record) {
      veilgate.services.exchangeLog.append({
        requestId: `past-${record.time}`,
        keyId: keys.client.id,
        endpoint: "/v1/chat/completions",
        vendor: "fakeai",
        model: "gpt-test",
        stream: false,
        status: "ok",
        httpStatus: 200,
        latencyMs: 420,
        entityCounts: {},
        redactedRequest: null,
        redactedResponse: null,
        ...record,
      });
    },
    async close() {
      await veilgate.close();
      await vendor.close();
    },
  };
}
