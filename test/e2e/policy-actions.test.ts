import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { PII, leakedIn } from "../support/pii-samples.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { keyWithPolicy, lastExchange, PROTOCOLS } from "./policy-support.ts";

let vendor: FakeVendor;
let veilgate: TestVeilgate;
const keys: Record<string, string> = {};

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url });
  keys.block = keyWithPolicy(veilgate, "no-ssn", { actions: [{ entities: ["US_SSN"], action: "block" }] });
  keys.allow = keyWithPolicy(veilgate, "email-to-fakeai", { actions: [{ entities: ["EMAIL"], vendors: ["fakeai"], action: "allow" }] });
  keys.mask = keyWithPolicy(veilgate, "mask-phones", { actions: [{ dataClasses: ["contact"], entities: ["PHONE"], action: "mask" }] });
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});
beforeEach(() => {
  vendor.reset();
});

describe.each(["openai", "anthropic"] as const)("block, through the %s SDK", (protocol) => {
  it("refuses with 403 policy_denied naming the detection rule and type, logs it, forwards nothing", async () => {
    const { error } = await PROTOCOLS[protocol].ask(veilgate, keys.block!, "gpt-test", `My SSN is ${PII.ssn}, email ${PII.email}`);
    const seen = PROTOCOLS[protocol].describe(error as never);
    expect(seen).toMatchObject({ kind: "permission", status: 403, code: "policy_denied" });
    expect(seen.message).toMatch(/detection rule '[a-z0-9/:_-]+' \(US_SSN\) blocks requests to vendor 'fakeai' under policy 'no-ssn' \(rule finding\.block\)/);
    expect(leakedIn(seen.message, [PII.ssn, PII.email])).toEqual([]);
    expect(vendor.received).toHaveLength(0);
    const logged = lastExchange(veilgate);
    expect(logged).toMatchObject({ status: "policy_denied", httpStatus: 403 });
    expect(logged.findingRules).toEqual(expect.arrayContaining([expect.objectContaining({ type: "US_SSN", action: "block", count: 1 }), expect.objectContaining({ type: "EMAIL", action: "tokenize" })]));
    expect(leakedIn(logged.redactedRequest ?? "", [PII.ssn, PII.email])).toEqual([]);
  });
});

describe("allow", () => {
  it("sends the value as written to the vendor the policy names, and still keeps it out of the log and the database", async () => {
    const prompt = `Email ${PII.email} about SSN ${PII.ssn}`;
    const { text } = await PROTOCOLS.openai.ask(veilgate, keys.allow!, "gpt-test", prompt);
    expect(text).toBe(prompt);
    const sent = vendor.received[0]!.rawBody;
    expect(sent).toContain(PII.email);
    expect(leakedIn(sent, [PII.ssn])).toEqual([]);

    const logged = lastExchange(veilgate);
    expect(logged.findingRules).toEqual(expect.arrayContaining([expect.objectContaining({ rule: "email", type: "EMAIL", action: "allow", count: 1 }), expect.objectContaining({ type: "US_SSN", action: "tokenize" })]));
    expect(leakedIn(`${logged.redactedRequest}${logged.redactedResponse}`, [PII.email, PII.ssn])).toEqual([]);
    expect(logged.redactedRequest).toMatch(/\[EMAIL_[0-9A-Z]{6}\]/);
    for (const file of ["veilgate.db", "veilgate.db-wal"]) expect(readFileSync(join(veilgate.dataDir, file)).includes(PII.email)).toBe(false);
  });

  it("applies per vendor: the same key's email is tokenized for another vendor", async () => {
    const { text } = await PROTOCOLS.openai.ask(veilgate, keys.allow!, "otherai/other-model", `Email ${PII.email}`);
    expect(text).toBe(`Email ${PII.email}`);
    expect(vendor.received[0]!.rawBody).not.toContain(PII.email);
    expect(lastExchange(veilgate).findingRules).toEqual([expect.objectContaining({ type: "EMAIL", action: "tokenize" })]);
  });
});

describe("mask", () => {
  it("replaces the value with [TYPE] for good: the vendor sees no value, and the answer is not restored", async () => {
    for (const protocol of ["openai", "anthropic"] as const) {
      vendor.received.length = 0;
      const { text } = await PROTOCOLS[protocol].ask(veilgate, keys.mask!, "gpt-test", `Call ${PII.phone} or mail ${PII.email}`);
      expect(JSON.stringify(vendor.received[0]!.body)).toContain("Call [PHONE] or mail [EMAIL_");
      expect(leakedIn(vendor.received[0]!.rawBody, [PII.phone, PII.email])).toEqual([]);
      expect(text).toBe(`Call [PHONE] or mail ${PII.email}`);
      expect(lastExchange(veilgate).findingRules).toEqual(expect.arrayContaining([expect.objectContaining({ type: "PHONE", action: "mask", count: 1 })]));
    }
  });
});
