import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryExchangeLog } from "../../src/audit/create-memory-exchange-log.ts";
import { chatCompletionStream, type FakeVendor, lastUserText, startFakeOpenAiVendor, chatCompletion } from "../support/fake-openai-vendor.ts";
import { PII } from "../support/pii-samples.ts";
import { serveApp } from "../support/serve-app.ts";

let vendor: FakeVendor;

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
});
afterAll(async () => {
  await vendor.close();
});
beforeEach(() => {
  vendor.reset((request) => {
    const text = lastUserText(request.body);
    return request.body.stream ? { kind: "sse", writes: chatCompletionStream([text]) } : { kind: "json", body: chatCompletion(text) };
  });
});

describe("fail closed", () => {
  it("refuses, and forwards nothing, when detection fails", async () => {
    const app = await serveApp({
      fakeVendorUrl: vendor.url,
      detector: {
        detect() {
          throw new Error(`detector crashed on ${PII.ssn}`);
        },
      },
    });
    try {
      const client = new OpenAI({ baseURL: `${app.url}/v1`, apiKey: app.clientKey, maxRetries: 0 });
      const error = await client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}` }] }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.InternalServerError);
      expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe("detection_failed");
      expect((error as Error).message).not.toContain(PII.ssn);
      expect(vendor.received).toHaveLength(0);
      expect(app.services.exchangeLog.recent(1)[0]).toMatchObject({ status: "detection_failed", httpStatus: 500 });
    } finally {
      await app.close();
    }
  });

  it("withholds the answer when the audit log cannot record the exchange", async () => {
    const log = createMemoryExchangeLog();
    const app = await serveApp({
      fakeVendorUrl: vendor.url,
      exchangeLog: {
        ...log,
        append() {
          throw new Error("disk full");
        },
        appendGrouped: () => Promise.reject(new Error("disk full")),
      },
    });
    try {
      const client = new OpenAI({ baseURL: `${app.url}/v1`, apiKey: app.clientKey, maxRetries: 0 });
      const error = await client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}` }] }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.InternalServerError);
      expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe("audit_failed");

      // A stream that cannot be logged ends in an error event the SDK raises, not a clean end.
      const stream = await client.chat.completions.create({ model: "gpt-test", stream: true, messages: [{ role: "user", content: "hello" }] });
      const consumed = (async () => {
        for await (const _chunk of stream) {
          // drain
        }
      })();
      await expect(consumed).rejects.toThrow(/audit log/);
    } finally {
      await app.close();
    }
  });
});
