import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { echoResponder, type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { serveApp } from "../support/serve-app.ts";

let vendor: FakeVendor;
let app: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  vendor.respondWith(echoResponder);
  app = await serveApp({ fakeVendorUrl: vendor.url });
});
afterAll(async () => {
  await app.close();
  await vendor.close();
});

const chat = (headers: Record<string, string>, body: unknown) =>
  fetch(`${app.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${app.clientKey}`, ...headers },
    body: JSON.stringify(body),
  });

/** Both SDKs find the request id: OpenAI's in `x-request-id`, Anthropic's in `request-id`; one id per request. */
describe("request ids", () => {
  it("answers a model request with one id in both headers, the caller's when it is a safe token", async () => {
    const answer = await chat({ "x-request-id": "caller-id_42" }, { model: "gpt-test", messages: [{ role: "user", content: "hello" }] });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-request-id")).toBe("caller-id_42");
    expect(answer.headers.get("request-id")).toBe("caller-id_42");
  });

  it("replaces an id that is too long or not a plain token", async () => {
    for (const presented of ["x".repeat(65), "bad id;"]) {
      const answer = await chat({ "x-request-id": presented }, { model: "gpt-test", messages: [{ role: "user", content: "hello" }] });
      const id = answer.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.headers.get("request-id")).toBe(id);
    }
  });

  it("puts the id on refusals, the app's own errors and other routes too", async () => {
    const refused = await chat({}, { model: "no-such-model", messages: [{ role: "user", content: "hello" }] });
    const notFound = await fetch(`${app.url}/v1/nothing-here`, { method: "POST" });
    const health = await fetch(`${app.url}/healthz`);
    for (const answer of [refused, notFound, health]) {
      const id = answer.headers.get("x-request-id");
      expect(id).toBeTruthy();
      expect(answer.headers.get("request-id")).toBe(id);
    }
    expect(refused.status).toBe(404);
  });
});
