import { describe, expect, it } from "vitest";
import { createMemoryExchangeLog } from "../audit/create-memory-exchange-log.ts";
import { startExchangeAudit } from "./exchange-audit.ts";

describe("startExchangeAudit", () => {
  it("logs an exchange whose request body cannot be written out again, without the body", async () => {
    const log = createMemoryExchangeLog();
    const audit = startExchangeAudit(log, { requestId: "r-1", endpoint: "/v1/chat/completions", now: () => new Date("2026-11-29T00:00:00Z") });
    audit.noteRequestBody({ unserialisable: 1n }, (text) => text);
    await audit.finish({ status: "invalid_request", httpStatus: 400 });
    expect(log.recent(1)[0]).toMatchObject({ requestId: "r-1", status: "invalid_request", httpStatus: 400, redactedRequest: null });
  });
});
