import OpenAI from "openai";
import { afterAll, beforeAll } from "vitest";
import { type FakeVendor, startFakeOpenAiVendor } from "./fake-openai-vendor.ts";
import { startTestVeilgate, type TestVeilgate } from "./start-veilgate.ts";

export interface VeilgateFixture {
  vendor: FakeVendor;
  veilgate: TestVeilgate;
  /** The official openai SDK, pointed at Veilgate with an unscoped client key. */
  client: OpenAI;
  /** Another SDK client with a new key of its own. */
  clientWithNewKey(options?: { vendors?: string[] }): OpenAI;
}

/**
 * Starts a fake vendor and a real Veilgate in front of it for the enclosing test file, and
 * stops both afterwards. Read the fields inside tests, once `beforeAll` has run.
 */
export function useVeilgate(options: { upstreamTimeoutMs?: number; maxBodyBytes?: number } = {}): VeilgateFixture {
  const fixture = {} as VeilgateFixture;
  beforeAll(async () => {
    fixture.vendor = await startFakeOpenAiVendor();
    fixture.veilgate = await startTestVeilgate({ fakeVendorUrl: fixture.vendor.url, ...options });
    const connect = (apiKey: string) => new OpenAI({ baseURL: `${fixture.veilgate.url}/v1`, apiKey, maxRetries: 0 });
    fixture.client = connect(fixture.veilgate.clientKey);
    fixture.clientWithNewKey = (keyOptions = {}) => connect(fixture.veilgate.createKey(keyOptions).secret);
  });
  afterAll(async () => {
    await fixture.veilgate?.close();
    await fixture.vendor?.close();
  });
  return fixture;
}
