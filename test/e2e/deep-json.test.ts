import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH } from "../../src/json-depth.ts";
import { type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { serveApp } from "../support/serve-app.ts";

let vendor: FakeVendor;
let app: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  app = await serveApp({ fakeVendorUrl: vendor.url });
});
afterAll(async () => {
  await app.close();
  await vendor.close();
});

const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("JSON nested too deep", () => {
  it.each([
    ["an unread field of the body", (id: string) => `{"model":"gpt-test","messages":[{"role":"user","content":"hi"}],"x_extra":${deepArray(100_000)},"user":"${id}"}`],
    ["tool-call arguments (JSON in a string)", () =>
      JSON.stringify({
        model: "gpt-test",
        messages: [
          { role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: deepArray(50_000) } }] },
          { role: "tool", tool_call_id: "c", content: "ok" },
          { role: "user", content: "hi" },
        ],
      })],
  ])("in %s is refused as a 400 in OpenAI's shape, logged, and not forwarded", async (_, bodyFor) => {
    vendor.reset();
    const requestId = `deep-${Math.random().toString(36).slice(2)}`;
    const response = await fetch(`${app.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${app.clientKey}`, "content-type": "application/json", "x-request-id": requestId },
      body: bodyFor(requestId),
    });
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(400);
    expect(answer.error.code).toBe("invalid_request");
    expect(answer.error.message).toContain(`${MAX_JSON_DEPTH} levels`);
    expect(vendor.received).toHaveLength(0);
    expect(app.services.exchangeLog.recent(20).find((record) => record.requestId === requestId)).toMatchObject({ status: "invalid_request", httpStatus: 400 });
  });

  it("still takes JSON nested to the limit", async () => {
    vendor.reset();
    const response = await fetch(`${app.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${app.clientKey}`, "content-type": "application/json" },
      // The body object is one level; x_extra takes the other 63.
      body: `{"model":"gpt-test","messages":[{"role":"user","content":"hi"}],"x_extra":${deepArray(MAX_JSON_DEPTH - 1)}}`,
    });
    expect(response.status).toBe(200);
    expect(vendor.received).toHaveLength(1);
  });
});
