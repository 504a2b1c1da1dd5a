import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { chatCompletion, chatCompletionStream, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { PII, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { FAKE_VENDOR_KEY } from "../support/start-veilgate.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate({ upstreamTimeoutMs: 1_000, maxBodyBytes: 64 * 1024 });
beforeEach(() => {
  fixture.vendor.reset(() => ({ kind: "json", body: chatCompletion("fine") }));
});

/** Sends a raw request and returns status and parsed JSON body. */
async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${fixture.veilgate.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${fixture.veilgate.clientKey}`, "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as { error: { message: string; type: string; code: string } } };
}

/** The openai SDK's view of a refusal: it must parse our error shape into an APIError. */
async function sdkError(promise: Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OpenAI.APIError);
  return error as InstanceType<typeof OpenAI.APIError>;
}

const lastLogged = () => fixture.veilgate.services.exchangeLog.recent(1)[0]!;

describe("authentication", () => {
  it.each([
    ["a missing key", undefined, /No Veilgate API key/],
    ["a wrong key", "vg_wrongwrongwrongwrongwrongwrong00", /not valid/],
  ])("refuses %s with 401 in OpenAI's error shape and forwards nothing", async (_, key, message) => {
    const response = await fetch(`${fixture.veilgate.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}` }] }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { message: string; type: string; code: string } };
    expect(body.error).toMatchObject({ type: "authentication_error", code: "unauthorized" });
    expect(body.error.message).toMatch(message);
    expect(fixture.vendor.received).toHaveLength(0);
    expect(lastLogged()).toMatchObject({ status: "unauthorized", httpStatus: 401, keyId: null });
  });

  it("refuses a revoked key, and the SDK raises AuthenticationError", async () => {
    const { id, secret } = fixture.veilgate.createKey({ name: "soon revoked" });
    fixture.veilgate.services.keys.revoke(id, new Date().toISOString());
    const revoked = new OpenAI({ baseURL: `${fixture.veilgate.url}/v1`, apiKey: secret, maxRetries: 0 });
    const error = await sdkError(revoked.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error.message).toMatch(/revoked/);
    expect(fixture.vendor.received).toHaveLength(0);
  });

  it("refuses an expired key with 401", async () => {
    const { secret } = fixture.veilgate.createKey({ name: "expired", expiresAt: "2020-01-01T00:00:00.000Z" });
    const expired = new OpenAI({ baseURL: `${fixture.veilgate.url}/v1`, apiKey: secret, maxRetries: 0 });
    const error = await sdkError(expired.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error.message).toMatch(/expired/);
    expect(fixture.vendor.received).toHaveLength(0);
  });

  it.each(["admin", "auditor"] as const)("refuses model calls from an %s key with 403: only client keys call models", async (role) => {
    const { secret } = fixture.veilgate.createKey({ name: role, role });
    const wrongRole = new OpenAI({ baseURL: `${fixture.veilgate.url}/v1`, apiKey: secret, maxRetries: 0 });
    const error = await sdkError(wrongRole.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(error.code).toBe("forbidden");
    expect(fixture.vendor.received).toHaveLength(0);
    expect(lastLogged()).toMatchObject({ status: "forbidden", httpStatus: 403 });
  });

  it("refuses /v1/models without a key", async () => {
    const response = await fetch(`${fixture.veilgate.url}/v1/models`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });
});

describe("bad requests", () => {
  it("answers a body that is not JSON with 400 and logs it redacted", async () => {
    const { status, body } = await post("/v1/chat/completions", `{"model":"gpt-test","messages":[{"role":"user","content":"SSN ${PII.ssn}"`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ type: "invalid_request_error", code: "invalid_request" });
    expect(body.error.message).toMatch(/not valid JSON/);
    expect(fixture.vendor.received).toHaveLength(0);
    const logged = lastLogged();
    expect(logged.status).toBe("invalid_request");
    expect(logged.redactedRequest).toMatch(/\[US_SSN_[0-9A-Z]{6}\]/);
    expect(leakedIn(logged.redactedRequest ?? "", [PII.ssn])).toEqual([]);
  });

  it("says which field is wrong", async () => {
    const { status, body } = await post("/v1/chat/completions", JSON.stringify({ model: "gpt-test", messages: "hello" }));
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/messages/);
    const missingModel = await post("/v1/chat/completions", JSON.stringify({ messages: [{ role: "user", content: "x" }] }));
    expect(missingModel.status).toBe(400);
    expect(missingModel.body.error.message).toMatch(/model/);
    expect(fixture.vendor.received).toHaveLength(0);
  });

  it("refuses a body over the size limit with 413", async () => {
    const { status, body } = await post("/v1/chat/completions", JSON.stringify({ model: "gpt-test", messages: [{ role: "user", content: "x".repeat(70_000) }] }));
    expect(status).toBe(413);
    expect(body.error.code).toBe("payload_too_large");
    expect(fixture.vendor.received).toHaveLength(0);
    expect(lastLogged()).toMatchObject({ status: "payload_too_large", httpStatus: 413, redactedRequest: null });
  });

  it("refuses endpoints it does not understand instead of passing them through", async () => {
    const { status, body } = await post("/v1/fine_tuning/jobs", JSON.stringify({ training_file: PII.email }));
    expect(status).toBe(404);
    expect(body.error.code).toBe("route_not_found");
    expect(fixture.vendor.received).toHaveLength(0);
  });
});

describe("routing", () => {
  it.each([
    ["an unknown model", "no-such-model", /does not exist/],
    ["a model of a suspended vendor", "suspended-model", /does not exist/],
    ["a model of a vendor whose DPA expired", "expiredai/expired-model", /DPA expired on 2021-01-01/],
    ["a suspended vendor by name", "suspendedai/suspended-model", /is suspended/],
    ["a model several vendors serve", "shared-model", /several vendors/],
    ["a model the named vendor does not list", "fakeai/other-model", /does not list/],
  ])("answers %s with 404 model_not_found", async (_, model, message) => {
    const error = await sdkError(fixture.client.chat.completions.create({ model, messages: [{ role: "user", content: `SSN ${PII.ssn}` }] }));
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error.code).toBe("model_not_found");
    expect(error.message).toMatch(message);
    expect(fixture.vendor.received).toHaveLength(0);
    const logged = lastLogged();
    expect(logged).toMatchObject({ status: "model_not_found", httpStatus: 404 });
    expect(leakedIn(logged.redactedRequest ?? "", [PII.ssn])).toEqual([]);
  });

  it("keeps a scoped key away from other vendors", async () => {
    const scoped = fixture.clientWithNewKey({ vendors: ["otherai"] });
    const error = await sdkError(scoped.chat.completions.create({ model: "fakeai/gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/may not use vendor 'fakeai'/);
  });

  it("refuses what a translation to an Anthropic-protocol vendor cannot express, with a clear 400", async () => {
    const error = await sdkError(fixture.client.chat.completions.create({ model: "claude-test", n: 2, messages: [{ role: "user", content: "hi" }] }));
    expect(error.status).toBe(400);
    expect(error.code).toBe("unsupported_translation");
    expect(error.message).toMatch(/\bn\b/);
    expect(fixture.vendor.received).toHaveLength(0);
  });
});

describe("vendor trouble", () => {
  it("passes a vendor 400 on in OpenAI's shape, without the vendor's key", async () => {
    fixture.vendor.respondWith(() => ({
      kind: "json",
      status: 400,
      body: { error: { message: `Context too long. Key used: ${FAKE_VENDOR_KEY}`, type: "invalid_request_error", code: "context_length_exceeded" } },
    }));
    const error = await sdkError(fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.message).toMatch(/context_length_exceeded/);
    expect(error.message).toMatch(/Context too long/);
    expect(error.message).not.toContain(FAKE_VENDOR_KEY);
    expect(error.message).not.toContain("sk-fake");
  });

  it("turns a vendor 401 into a 502: the caller's request was fine, our credentials were not", async () => {
    fixture.vendor.respondWith(() => ({ kind: "json", status: 401, body: { error: { message: `Incorrect API key provided: ${FAKE_VENDOR_KEY}`, type: "invalid_request_error" } } }));
    const error = await sdkError(fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error.status).toBe(502);
    expect(error.message).not.toContain("sk-fake");
  });

  it("passes 429 on as a rate-limit error", async () => {
    fixture.vendor.respondWith(() => ({ kind: "json", status: 429, body: { error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" } } }));
    const error = await sdkError(fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
  });

  it("answers a vendor 5xx with 502 and no vendor internals", async () => {
    fixture.vendor.respondWith(() => ({ kind: "raw", status: 500, contentType: "text/html", text: "<html>stack trace at /srv/internal/app.py line 12</html>" }));
    const error = await sdkError(fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/Vendor 'fakeai' answered HTTP 500/);
    expect(error.message).not.toMatch(/stack|internal|app\.py/);
  });

  it("answers 504 when the vendor does not answer in time", async () => {
    fixture.vendor.respondWith(() => ({ kind: "hang" }));
    const error = await sdkError(fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
    expect(error.status).toBe(504);
    expect(error.code).toBe("vendor_timeout");
    expect(lastLogged()).toMatchObject({ status: "vendor_timeout", httpStatus: 504 });
  });

  it("answers 502 when the vendor cannot be reached", async () => {
    const closed = await startFakeOpenAiVendor();
    await closed.close();
    const { startTestVeilgate: start } = await import("../support/start-veilgate.ts");
    const orphan = await start({ fakeVendorUrl: closed.url });
    try {
      const orphanClient = new OpenAI({ baseURL: `${orphan.url}/v1`, apiKey: orphan.clientKey, maxRetries: 0 });
      const error = await sdkError(orphanClient.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] }));
      expect(error.status).toBe(502);
      expect(error.code).toBe("vendor_unreachable");
    } finally {
      await orphan.close();
    }
  });

  it("aborts the vendor request when the client disconnects mid-stream", async () => {
    fixture.vendor.respondWith(() => ({ kind: "sse", writes: chatCompletionStream(["first"]).slice(0, 2), keepOpen: true }));
    const vendorClosed = fixture.vendor.nextClosedConnection();
    const controller = new AbortController();
    const stream = await fixture.client.chat.completions.create(
      { model: "gpt-test", stream: true, messages: [{ role: "user", content: "stream forever" }] },
      { signal: controller.signal },
    );
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content === "first") break;
    }
    controller.abort();
    await vendorClosed;
    expect(fixture.vendor.received).toHaveLength(1);
  });
});

describe("no values in what is logged", () => {
  it("logs refused and served exchanges with placeholders only", async () => {
    fixture.vendor.respondWith((request) => ({ kind: "json", body: chatCompletion((request.body.messages as Array<{ content: string }>)[0]!.content) }));
    await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}, email ${PII.email}` }] });
    const logged = lastLogged();
    expect(logged).toMatchObject({ status: "ok", httpStatus: 200, vendor: "fakeai", model: "gpt-test", entityCounts: { US_SSN: 1, EMAIL: 1 } });
    expect(leakedIn(`${logged.redactedRequest}${logged.redactedResponse}`, PII_VALUES)).toEqual([]);
    expect(logged.redactedResponse).toMatch(/\[EMAIL_[0-9A-Z]{6}\]/);
  });
});
