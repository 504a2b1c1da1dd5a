import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { PII, leakedIn } from "../support/pii-samples.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { keyWithPolicy, lastExchange, policyTestVendors, PROTOCOLS } from "./policy-support.ts";

let vendor: FakeVendor;
let veilgate: TestVeilgate;
const keys: Record<string, string> = {};

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url, extraVendors: policyTestVendors(vendor.url) });
  keys.default = veilgate.clientKey;
  keys.eu = keyWithPolicy(veilgate, "eu-only", { residency: ["eu"] });
  keys.gptOnly = keyWithPolicy(veilgate, "gpt-only", { models: ["fakeai/gpt-test"] });
  keys.phiMask = keyWithPolicy(veilgate, "phi-mask", { phiWithoutBaa: "mask" });
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});
beforeEach(() => {
  vendor.reset();
});

const PHI_TEXT = `Patient MRN ${PII.mrn}, write to ${PII.email}`;

const REFUSALS = [
  { name: "residency mismatch", key: "eu", model: "fakeai/gpt-test", content: `Reach me at ${PII.email}`, status: 403, code: "policy_denied", kind: "permission", rule: "policy.residency" },
  { name: "expired DPA", key: "default", model: "expiredai/expired-model", content: `SSN ${PII.ssn}`, status: 404, code: "model_not_found", kind: "not_found", rule: "vendor.dpa_expired" },
  { name: "PHI without a BAA", key: "default", model: "nobaaai/nobaa-model", content: PHI_TEXT, status: 403, code: "policy_denied", kind: "permission", rule: "vendor.baa_required" },
  { name: "suspended vendor", key: "default", model: "suspendedai/suspended-model", content: `SSN ${PII.ssn}`, status: 404, code: "model_not_found", kind: "not_found", rule: "vendor.status" },
  { name: "model not in the policy's scope", key: "gptOnly", model: "otherai/other-model", content: `SSN ${PII.ssn}`, status: 403, code: "policy_denied", kind: "permission", rule: "policy.model" },
] as const;

describe.each(["openai", "anthropic"] as const)("refusals through the %s SDK", (protocol) => {
  it.each(REFUSALS)("$name: $status $code naming rule $rule, logged, nothing forwarded", async (refusal) => {
    const { error } = await PROTOCOLS[protocol].ask(veilgate, keys[refusal.key]!, refusal.model, refusal.content);
    expect(error).toBeDefined();
    const seen = PROTOCOLS[protocol].describe(error as never);
    expect(seen).toMatchObject({ kind: refusal.kind, status: refusal.status, code: refusal.code });
    if (protocol === "anthropic") expect(seen).toMatchObject({ type: refusal.status === 403 ? "permission_error" : "not_found_error" });
    expect(seen.message).toContain(`(rule ${refusal.rule})`);
    // The reason names the rule, never a value.
    expect(leakedIn(seen.message, Object.values(PII))).toEqual([]);
    expect(vendor.received).toHaveLength(0);

    const logged = lastExchange(veilgate);
    expect(logged).toMatchObject({ status: refusal.code, httpStatus: refusal.status, endpoint: protocol === "openai" ? "/v1/chat/completions" : "/v1/messages", model: refusal.model });
    expect(logged.redactedRequest).toMatch(/\[[A-Z_]+_[0-9A-Z]{6}\]/);
    expect(leakedIn(logged.redactedRequest ?? "", Object.values(PII))).toEqual([]);
  });
});

describe("what the policies let through", () => {
  it("routes an EU-only key to the EU vendor, and says why no vendor of a shared model fits", async () => {
    expect((await PROTOCOLS.openai.ask(veilgate, keys.eu!, "eu-model", "hello")).text).toBe("hello");
    expect(vendor.received).toHaveLength(1);
    const { error } = await PROTOCOLS.openai.ask(veilgate, keys.eu!, "shared-model", "hello");
    expect(error?.status).toBe(403);
    expect(error?.message).toMatch(/No vendor serving model 'shared-model' fits.*'fakeai'.*'otherai'/);
  });

  it("sends PHI (tokenized) to a vendor with a BAA", async () => {
    const { text } = await PROTOCOLS.openai.ask(veilgate, keys.default!, "fakeai/gpt-test", PHI_TEXT);
    expect(text).toBe(PHI_TEXT);
    expect(vendor.received[0]!.rawBody).toMatch(/\[MRN_[0-9A-Z]{6}\]/);
    expect(leakedIn(vendor.received[0]!.rawBody, [PII.mrn, PII.email])).toEqual([]);
  });

  it("masks PHI for a vendor without a BAA where the policy says so: irreversibly, never restored", async () => {
    for (const protocol of ["openai", "anthropic"] as const) {
      vendor.received.length = 0;
      const { text, error } = await PROTOCOLS[protocol].ask(veilgate, keys.phiMask!, "nobaaai/nobaa-model", PHI_TEXT);
      expect(error).toBeUndefined();
      const sent = JSON.stringify(vendor.received[0]!.body);
      expect(sent).toContain("Patient MRN [MRN]");
      expect(sent).toMatch(/\[EMAIL_[0-9A-Z]{6}\]/);
      expect(leakedIn(sent, [PII.mrn, PII.email])).toEqual([]);
      // The echo comes back with the email restored and the MRN still masked.
      expect(text).toBe(`Patient MRN [MRN], write to ${PII.email}`);
      expect(lastExchange(veilgate).findingRules).toEqual(expect.arrayContaining([expect.objectContaining({ type: "MRN", action: "mask", count: 1 }), expect.objectContaining({ type: "EMAIL", action: "tokenize" })]));
    }
  });
});

describe("GET /v1/models under a policy", () => {
  const listIds = async (key: string): Promise<string[]> => {
    const response = await fetch(`${veilgate.url}/v1/models`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Array<{ id: string }> }).data.map((model) => model.id);
  };

  it("lists only what the key's policy allows", async () => {
    expect(await listIds(keys.gptOnly!)).toEqual(["fakeai/gpt-test", "gpt-test"]);
    const european = await listIds(keys.eu!);
    expect(european).toContain("eu-model");
    expect(european).not.toContain("fakeai/gpt-test");
    expect((await listIds(keys.default!)).length).toBeGreaterThan(european.length);
  });
});
