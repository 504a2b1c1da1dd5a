import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll } from "vitest";
import { type FakeAnthropicVendor, startFakeAnthropicVendor } from "./fake-anthropic-vendor.ts";
import { type FakeVendor, startFakeOpenAiVendor } from "./fake-openai-vendor.ts";
import { startTestVeilgate, type TestVeilgate } from "./start-veilgate.ts";

export interface BothVendorsFixture {
  openAiVendor: FakeVendor;
  anthropicVendor: FakeAnthropicVendor;
  veilgate: TestVeilgate;
  /** The official openai SDK, pointed at Veilgate. */
  openai: OpenAI;
  /** The official Anthropic SDK, pointed at Veilgate with the same client key. */
  anthropic: Anthropic;
}

/**
 * A fake OpenAI vendor, a fake Anthropic vendor (behind the `claudeish` test vendor) and a
 * real Veilgate in front of both, for the enclosing test file. Read the fields inside tests.
 */
export function useBothVendors(): BothVendorsFixture {
  const fixture = {} as BothVendorsFixture;
  beforeAll(async () => {
    fixture.openAiVendor = await startFakeOpenAiVendor();
    fixture.anthropicVendor = await startFakeAnthropicVendor();
    fixture.veilgate = await startTestVeilgate({ fakeVendorUrl: fixture.openAiVendor.url, anthropicVendorUrl: fixture.anthropicVendor.url });
    fixture.openai = new OpenAI({ baseURL: `${fixture.veilgate.url}/v1`, apiKey: fixture.veilgate.clientKey, maxRetries: 0 });
    fixture.anthropic = new Anthropic({ baseURL: fixture.veilgate.url, apiKey: fixture.veilgate.clientKey, authToken: null, maxRetries: 0 });
  });
  afterAll(async () => {
    await fixture.veilgate?.close();
    await fixture.openAiVendor?.close();
    await fixture.anthropicVendor?.close();
  });
  return fixture;
}
