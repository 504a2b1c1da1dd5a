import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { expect } from "vitest";
import type { ExchangeRecord } from "../../src/audit/exchange-record.ts";
import type { PolicyBody } from "../../src/policy/tenant-policy.ts";
import { policyBodySchema } from "../../src/policy/tenant-policy.ts";
import type { TestVeilgate } from "../support/start-veilgate.ts";

/** Vendors for policy tests, beside the standard test vendors (fakeai, otherai, suspendedai, expiredai…). */
export function policyTestVendors(fakeVendorUrl: string): Array<Record<string, unknown>> {
  const base = { protocol: "openai", baseUrl: `${fakeVendorUrl}/v1`, apiKeyEnv: "FAKEAI_API_KEY", dpa: { signed: "2025-01-01", expires: "2099-12-31" }, status: "approved" };
  return [
    { ...base, id: "euai", displayName: "EU AI", models: ["eu-model"], regions: ["eu-west"], storageRegions: ["eu"], hipaaBaa: { signed: true }, dataClasses: ["phi", "financial", "contact", "government_id", "identity"] },
    { ...base, id: "nobaaai", displayName: "No-BAA AI", models: ["nobaa-model"], regions: ["us"] },
  ];
}

/** Stores a tenant policy and returns a client key that follows it. */
export function keyWithPolicy(veilgate: TestVeilgate, id: string, settings: Partial<PolicyBody> & Record<string, unknown>): string {
  const at = new Date().toISOString();
  veilgate.services.policies.insert({ ...policyBodySchema.parse({ name: id, ...settings }), id, createdAt: at, updatedAt: at });
  return veilgate.createKey({ name: `${id} key`, policyId: id }).secret;
}

/** One request through each official SDK; both return the error the SDK raised, or the answer's text. */
export const PROTOCOLS = {
  openai: {
    async ask(veilgate: TestVeilgate, key: string, model: string, content: string): Promise<{ error?: InstanceType<typeof OpenAI.APIError>; text?: string }> {
      const client = new OpenAI({ baseURL: `${veilgate.url}/v1`, apiKey: key, maxRetries: 0 });
      try {
        const completion = await client.chat.completions.create({ model, messages: [{ role: "user", content }] });
        return { text: completion.choices[0]?.message.content ?? "" };
      } catch (error) {
        expect(error).toBeInstanceOf(OpenAI.APIError);
        return { error: error as InstanceType<typeof OpenAI.APIError> };
      }
    },
    /** The SDK's reading of our error: class, HTTP status, Veilgate's code, and the message. */
    describe(error: InstanceType<typeof OpenAI.APIError>) {
      const kind = error instanceof OpenAI.PermissionDeniedError ? "permission" : error instanceof OpenAI.NotFoundError ? "not_found" : "other";
      return { kind, status: error.status, code: error.code, message: error.message };
    },
  },
  anthropic: {
    async ask(veilgate: TestVeilgate, key: string, model: string, content: string): Promise<{ error?: InstanceType<typeof Anthropic.APIError>; text?: string }> {
      const client = new Anthropic({ baseURL: veilgate.url, apiKey: key, authToken: null, maxRetries: 0 });
      try {
        const message = await client.messages.create({ model, max_tokens: 64, messages: [{ role: "user", content }] });
        return { text: message.content.map((block) => (block.type === "text" ? block.text : "")).join("") };
      } catch (error) {
        expect(error).toBeInstanceOf(Anthropic.APIError);
        return { error: error as InstanceType<typeof Anthropic.APIError> };
      }
    },
    describe(error: InstanceType<typeof Anthropic.APIError>) {
      const kind = error instanceof Anthropic.PermissionDeniedError ? "permission" : error instanceof Anthropic.NotFoundError ? "not_found" : "other";
      return { kind, status: error.status, code: (error as { errorCode?: string }).errorCode, message: error.message, type: (error as { type?: string }).type };
    },
  },
} as const;

/** The newest exchange record. */
export const lastExchange = (veilgate: TestVeilgate): ExchangeRecord & { seq: number } => veilgate.services.exchangeLog.recent(1)[0]!;
