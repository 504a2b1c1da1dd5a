import { describe, expect, it } from "vitest";
import { createDetector } from "../detect/index.ts";
import { ENTITY_TYPES } from "../detect/types.ts";
import type { TextSlot } from "../protocols/types.ts";
import { createExchangeVault } from "../vault/create-exchange-vault.ts";
import { createPlaceholderTagger } from "../vault/create-placeholder-tagger.ts";
import { placeholderLengthAt } from "../vault/placeholder-format.ts";
import { createVendorRegistry } from "../vendors/create-vendor-registry.ts";
import { parseVendorFile } from "../vendors/vendor-schema.ts";
import { maskFor } from "./mask-for.ts";
import { createMemoryPolicyStore } from "./policy-store.ts";
import { redactUnderPolicy } from "./redact-under-policy.ts";
import { policyBodySchema } from "./tenant-policy.ts";

const detector = createDetector({ types: ["US_SSN", "EMAIL", "PHONE", "MRN"] });
const registry = createVendorRegistry({
  vendors: [parseVendorFile("t", { id: "acme", displayName: "Acme", protocol: "openai", baseUrl: "https://x.example/v1", models: ["m"], regions: ["us"], dpa: { signed: "2020-01-01", expires: "2099-01-01" }, status: "approved" })],
});
const now = new Date("2026-06-15T00:00:00Z");
const slot = (text: string, encoding: "text" | "json" = "text") => {
  const state = { text };
  const textSlot: TextSlot = { get text() { return state.text; }, encoding, write: (next) => (state.text = next) };
  return textSlot;
};
const SSN = "536-22-1234";
const EMAIL = "jane.doe@example.com";
const PHONE = "+1 415-867-5309";

function run(actions: unknown[], slots: TextSlot[], model = "m") {
  const policies = createMemoryPolicyStore();
  policies.insert({ ...policyBodySchema.parse({ name: "t", actions }), id: "t", createdAt: "", updatedAt: "" });
  const vault = createExchangeVault({ tagger: createPlaceholderTagger({ serverSecret: new Uint8Array(32), callerId: "k" }) });
  const redaction = redactUnderPolicy({ slots, detector, vault, registry, policies, principal: { vendors: null, policyId: "t" }, requestedModel: model, now });
  return { redaction, vault };
}

describe("redaction under the tenant policy", () => {
  it("tokenizes, masks and allows per the policy, in text and in JSON slots alike", () => {
    const text = slot(`SSN ${SSN}, mail ${EMAIL}, call ${PHONE}`);
    const args = slot(JSON.stringify({ note: `SSN ${SSN}`, phone: PHONE }), "json");
    const { redaction, vault } = run([{ entities: ["EMAIL"], action: "allow" }, { entities: ["PHONE"], action: "mask" }], [text, args]);
    expect(redaction.route.allowed).toBe(true);
    expect(text.text).toMatch(/^SSN \[US_SSN_[0-9A-Z]{6}\], mail jane\.doe@example\.com, call \[PHONE\]$/);
    expect(JSON.parse(args.text)).toEqual({ note: expect.stringMatching(/^SSN \[US_SSN_[0-9A-Z]{6}\]$/), phone: "[PHONE]" });
    expect(redaction.findingRules).toEqual([
      { rule: "email", type: "EMAIL", action: "allow", count: 1 },
      { rule: "phone", type: "PHONE", action: "mask", count: 2 },
      { rule: "us-ssn", type: "US_SSN", action: "tokenize", count: 2 },
    ]);
    expect(redaction.entityCounts).toEqual({ US_SSN: 2, EMAIL: 1, PHONE: 2 });
    expect(redaction.ruleIds).toEqual(["email", "phone", "us-ssn"]);
    // The allowed value leaves in clear, but the log gets a placeholder, even JSON-escaped.
    expect(redaction.scrub(JSON.stringify({ text: text.text }))).not.toContain(EMAIL);
    expect(redaction.scrub(JSON.stringify(JSON.stringify({ text: text.text })))).not.toContain(EMAIL);
    // Masks are never restored: the vault never issued them.
    expect(vault.lookup("[PHONE]")).toBeUndefined();
  });

  it("tokenizes everything when it refuses, so the refusal is logged redacted", () => {
    const text = slot(`SSN ${SSN} and ${EMAIL}`);
    const { redaction } = run([{ entities: ["US_SSN"], action: "block" }], [text]);
    expect(redaction.route).toMatchObject({ allowed: false, code: "policy_denied", rule: "finding.block" });
    expect(text.text).not.toContain(SSN);
    expect(text.text).not.toContain(EMAIL);
    expect(redaction.findingRules).toContainEqual({ rule: "us-ssn", type: "US_SSN", action: "block", count: 1 });
    // Nothing went out in clear, so the log's text is left as it is.
    expect(redaction.scrub(text.text)).toBe(text.text);
  });

  it("refuses PHI for a vendor without a BAA before anything is rewritten", () => {
    const text = slot("Patient MRN 00482913 is due");
    const { redaction } = run([], [text]);
    expect(redaction.route).toMatchObject({ allowed: false, code: "policy_denied", rule: "vendor.baa_required" });
    expect(text.text).toMatch(/\[MRN_[0-9A-Z]{6}\]/);
  });

  it("refuses when the key's policy is gone (fail closed)", () => {
    const policies = createMemoryPolicyStore();
    const vault = createExchangeVault({ tagger: createPlaceholderTagger({ serverSecret: new Uint8Array(32), callerId: "k" }) });
    const redaction = redactUnderPolicy({ slots: [slot("hi")], detector, vault, registry, policies, principal: { vendors: null, policyId: "deleted" }, requestedModel: "m", now });
    expect(redaction.route).toMatchObject({ allowed: false, code: "policy_denied", rule: "policy.missing" });
  });

  it("fails closed when detection throws", () => {
    const policies = createMemoryPolicyStore();
    const vault = createExchangeVault({ tagger: createPlaceholderTagger({ serverSecret: new Uint8Array(32), callerId: "k" }) });
    const broken = { detect: () => { throw new Error("boom"); } };
    expect(() => redactUnderPolicy({ slots: [slot("hi")], detector: broken, vault, registry, policies, principal: { vendors: null, policyId: null }, requestedModel: "m", now })).toThrow(/detection failed/);
  });
});

describe("masks", () => {
  it("never match the placeholder grammar, for any known type or a look-alike", () => {
    for (const type of [...ENTITY_TYPES, "EMPLOYEE_ABCDEF", "X_123456"]) expect(placeholderLengthAt(maskFor(type), 0)).toBe(0);
    expect(maskFor("US_SSN")).toBe("[US_SSN]");
    expect(maskFor("X_123456")).toBe("[X_123456*]");
  });
});
