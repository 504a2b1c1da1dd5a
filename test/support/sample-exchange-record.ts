import type { ExchangeRecord } from "../../src/audit/exchange-record.ts";

/** A served exchange of `day` March 2026 (request id `request-<day>`) whose prompt held one SSN, as the proxy logs it. */
export function sampleExchangeRecord(day: number, overrides: Partial<ExchangeRecord> = {}): ExchangeRecord {
  return {
    time: `2026-03-${String(day).padStart(2, "0")}T12:00:00.000Z`,
    requestId: `request-${day}`,
    keyId: "key_a",
    endpoint: "/v1/chat/completions",
    vendor: "fakeai",
    model: "gpt-test",
    stream: false,
    status: "ok",
    httpStatus: 200,
    latencyMs: 12.5,
    entityCounts: { US_SSN: 1 },
    redactedRequest: `{"messages":[{"role":"user","content":"My SSN is [US_SSN_AAAAA${day % 10}] thanks"}]}`,
    redactedResponse: "Noted.",
    ruleIds: ["us-ssn"],
    ...overrides,
  };
}
