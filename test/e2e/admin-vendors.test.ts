import { readFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { adminCall, daysFromToday, vendorFacts } from "./admin-support.ts";

let vendor: FakeVendor;
let veilgate: TestVeilgate;
let alice: { id: string; secret: string };
let bob: { id: string; secret: string };
let client: OpenAI;

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url });
  alice = veilgate.createKey({ name: "alice", role: "admin" });
  bob = veilgate.createKey({ name: "bob", role: "admin" });
  client = new OpenAI({ baseURL: `${veilgate.url}/v1`, apiKey: veilgate.clientKey, maxRetries: 0 });
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});
beforeEach(() => {
  vendor.reset();
});

const ask = (model: string) => client.chat.completions.create({ model, messages: [{ role: "user", content: "hello" }] });
const statusOf = (promise: Promise<unknown>) => promise.then(() => 200, (error: InstanceType<typeof OpenAI.APIError>) => error.status);
const adminActions = () => veilgate.services.exchangeLog.recentAdminActions(50);

describe("two-person approval through the admin API", () => {
  it("refuses the proposer's own approval; a different admin's approval opens traffic", async () => {
    expect((await adminCall(veilgate, alice.secret, "POST", "/vendors", vendorFacts("twoperson", vendor.url))).status).toBe(201);
    expect(await statusOf(ask("twoperson-model"))).toBe(404);

    const own = await adminCall(veilgate, alice.secret, "POST", "/vendors/twoperson/approve");
    expect(own.status).toBe(403);
    expect(own.body.error).toMatchObject({ code: "forbidden", message: expect.stringMatching(/different admin/) });
    expect(await statusOf(ask("twoperson-model"))).toBe(404);

    const approved = await adminCall(veilgate, bob.secret, "POST", "/vendors/twoperson/approve");
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ status: "approved", proposedBy: { keyId: alice.id }, approvedBy: { keyId: bob.id }, compliance: { eligible: true } });
    expect(await statusOf(ask("twoperson-model"))).toBe(200);
    expect(vendor.received).toHaveLength(1);

    const [approval, proposal] = adminActions().filter((action) => action.target === "vendor:twoperson");
    expect(proposal).toMatchObject({ actorKeyId: alice.id, action: "vendor.propose", before: null, after: { vendor: { status: "proposed" } } });
    expect(approval).toMatchObject({ actorKeyId: bob.id, action: "vendor.approve", before: { vendor: { status: "proposed" } }, after: { vendor: { status: "approved" } } });
  });

  it("counts an admin key minted by the proposer as the proposer", async () => {
    await adminCall(veilgate, alice.secret, "POST", "/vendors", vendorFacts("minted", vendor.url));
    const minted = await adminCall(veilgate, alice.secret, "POST", "/keys", { name: "alice's other key", role: "admin" });
    expect(minted.status).toBe(201);
    const refused = await adminCall(veilgate, minted.body.secret as string, "POST", "/vendors/minted/approve");
    expect(refused.status).toBe(403);
  });

  it("keeps serving the approved facts while a change waits for a second admin", async () => {
    await adminCall(veilgate, alice.secret, "POST", "/vendors", vendorFacts("changing", vendor.url));
    await adminCall(veilgate, bob.secret, "POST", "/vendors/changing/approve");
    const change = await adminCall(veilgate, alice.secret, "PATCH", "/vendors/changing", { models: ["changing-model", "changing-model-2"] });
    expect(change.status).toBe(200);
    expect(change.body.data).toMatchObject({ status: "approved", pending: { proposedBy: { keyId: alice.id }, facts: { models: ["changing-model", "changing-model-2"] } } });
    expect(await statusOf(ask("changing-model"))).toBe(200);
    expect(await statusOf(ask("changing-model-2"))).toBe(404);
    expect((await adminCall(veilgate, alice.secret, "POST", "/vendors/changing/approve")).status).toBe(403);
    expect((await adminCall(veilgate, bob.secret, "POST", "/vendors/changing/approve")).body.data).toMatchObject({ pending: null });
    expect(await statusOf(ask("changing-model-2"))).toBe(200);
    expect((await adminCall(veilgate, bob.secret, "POST", "/vendors/changing/approve")).status).toBe(400);
  });

  it("suspends at once with one admin; reinstating needs a second", async () => {
    await adminCall(veilgate, alice.secret, "POST", "/vendors", vendorFacts("pausable", vendor.url));
    await adminCall(veilgate, bob.secret, "POST", "/vendors/pausable/approve");
    expect((await adminCall(veilgate, bob.secret, "POST", "/vendors/pausable/suspend")).body.data).toMatchObject({ status: "suspended", compliance: { eligible: false, rule: "vendor.status" } });
    expect(await statusOf(ask("pausable-model"))).toBe(404);
    expect((await adminCall(veilgate, bob.secret, "POST", "/vendors/pausable/reinstate")).body.data).toMatchObject({ status: "proposed" });
    expect((await adminCall(veilgate, bob.secret, "POST", "/vendors/pausable/approve")).status).toBe(403);
    expect((await adminCall(veilgate, alice.secret, "POST", "/vendors/pausable/approve")).status).toBe(200);
    expect(await statusOf(ask("pausable-model"))).toBe(200);
  });

  it("validates bodies with zod and names the field", async () => {
    const bad = await adminCall(veilgate, alice.secret, "POST", "/vendors", { ...vendorFacts("bad", vendor.url), apiKeyEnv: "sk-live-123", dataClasses: ["phi"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/apiKeyEnv/);
    expect(bad.body.error?.message).toMatch(/hipaaBaa/);
  });
});

describe("contract dates", () => {
  it("warn within the warning period and stop traffic once expired, visibly in the API", async () => {
    await adminCall(veilgate, alice.secret, "POST", "/vendors", vendorFacts("expiring", vendor.url, { dpa: { signed: "2025-01-01", expires: daysFromToday(10) } }));
    await adminCall(veilgate, bob.secret, "POST", "/vendors/expiring/approve");
    const view = await adminCall(veilgate, alice.secret, "GET", "/vendors/expiring");
    expect(view.body.data).toMatchObject({ compliance: { eligible: true, warnings: [{ fact: "dpa", expires: daysFromToday(10), daysLeft: 10 }] } });
    expect(await statusOf(ask("expiring-model"))).toBe(200);

    await adminCall(veilgate, alice.secret, "PATCH", "/vendors/expiring", { soc2: { reportDate: "2025-01-01", expires: daysFromToday(-1) } });
    await adminCall(veilgate, bob.secret, "POST", "/vendors/expiring/approve");
    const expired = await adminCall(veilgate, alice.secret, "GET", "/vendors/expiring");
    expect(expired.body.data).toMatchObject({ status: "approved", compliance: { eligible: false, rule: "vendor.soc2_expired" } });
    const error = await ask("expiring/expiring-model").catch((caught: InstanceType<typeof OpenAI.APIError>) => caught);
    expect(error).toMatchObject({ status: 404, code: "model_not_found", message: expect.stringMatching(/SOC 2 report expired on [0-9-]+ \(rule vendor.soc2_expired\)/) });
    const list = await adminCall(veilgate, alice.secret, "GET", "/vendors");
    expect(list.body.warningDays).toBe(30);
  });
});

describe("vendor API keys registered through the API", () => {
  const SECRET = "sk-registered-vendor-key-9f8e7d6c5b4a3210";

  it("are used to call the vendor, never returned, and never stored or logged in clear", async () => {
    await adminCall(veilgate, alice.secret, "POST", "/vendors", vendorFacts("keyed", vendor.url));
    await adminCall(veilgate, bob.secret, "POST", "/vendors/keyed/approve");
    const set = await adminCall(veilgate, alice.secret, "PUT", "/vendors/keyed/secret", { apiKey: SECRET });
    expect(set.status).toBe(204);

    expect(await statusOf(ask("keyed-model"))).toBe(200);
    expect(vendor.received[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);

    const views = [await adminCall(veilgate, bob.secret, "GET", "/vendors/keyed"), await adminCall(veilgate, bob.secret, "GET", "/vendors")];
    expect(views[0]!.body.data).toMatchObject({ hasStoredApiKey: true });
    for (const view of views) expect(JSON.stringify(view.body)).not.toContain(SECRET);
    const logged = adminActions().find((action) => action.action === "vendor.secret.set");
    expect(logged).toMatchObject({ actorKeyId: alice.id, before: { hasStoredApiKey: false }, after: { hasStoredApiKey: true } });

    // The database file and its WAL (where recent writes still sit) hold the key only sealed.
    const files = ["veilgate.db", "veilgate.db-wal"].map((name) => readFileSync(join(veilgate.dataDir, name)));
    for (const bytes of files) {
      expect(bytes.includes(SECRET)).toBe(false);
      expect(bytes.includes(SECRET.slice(3, 20))).toBe(false);
      expect(bytes.includes(Buffer.from(SECRET).toString("base64").slice(0, 20))).toBe(false);
    }
    expect(files[0]!.length + files[1]!.length).toBeGreaterThan(0);

    expect((await adminCall(veilgate, alice.secret, "DELETE", "/vendors/keyed/secret")).status).toBe(204);
    expect((await adminCall(veilgate, alice.secret, "DELETE", "/vendors/keyed/secret")).status).toBe(404);
  });
});
