import type { ExchangeRecord } from "../../../src/audit/exchange-record.ts";
import type { Role } from "../../../src/auth/permissions.ts";
import { type FakeVendor, startFakeOpenAiVendor } from "../../support/fake-openai-vendor.ts";
import { sampleExchangeRecord } from "../../support/sample-exchange-record.ts";
import { startTestVeilgate, type TestVeilgate } from "../../support/start-veilgate.ts";

/** A real Veilgate (SQLite data dir, signed audit log) in front of the fake vendor, with one key per role. */
export interface AuditFixture {
  veilgate: TestVeilgate;
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
  const veilgate = await startTestVeilgate({
    fakeVendorUrl: vendor.url,
    auditReveal: options.reveal ?? false,
    auditCheckpointEvery: options.checkpointEvery ?? 8,
  });
  const { dataDir } = veilgate;
  const key = (role: Role, name: string) => veilgate.createKey({ name, role });
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
      // The shared sample, as a plain served exchange of this fixture's client with nothing logged.
      veilgate.services.exchangeLog.append(
        sampleExchangeRecord(1, {
          requestId: `past-${record.time}`,
          keyId: keys.client.id,
          latencyMs: 420,
          entityCounts: {},
          redactedRequest: null,
          redactedResponse: null,
          ruleIds: undefined,
          ...record,
        }),
      );
    },
    async close() {
      await veilgate.close();
      await vendor.close();
    },
  };
}
