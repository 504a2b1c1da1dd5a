import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { adminCall } from "./admin-support.ts";

let vendor: FakeVendor;
let veilgate: TestVeilgate;
let admin: { id: string; secret: string };
let auditor: { id: string; secret: string };

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  vendor.respondWith(() => ({ kind: "json", body: chatCompletion("fine") }));
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url });
  admin = veilgate.createKey({ name: "admin", role: "admin" });
  auditor = veilgate.createKey({ name: "auditor", role: "auditor" });
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});

type KeyView = { id: string; name: string; state: string; stale: boolean; lastUsedAt: string | null; policyId: string | null; role: string; createdBy: string | null };
const inventory = async (query = "") => (await adminCall(veilgate, auditor.secret, "GET", `/keys${query}`)).body as unknown as { data: KeyView[]; staleDays: number; summary: Record<string, number> };
const byName = async (name: string, query = "") => (await inventory(query)).data.find((key) => key.name === name)!;

describe("keys", () => {
  it("returns a new key's secret once; it works, and never appears again", async () => {
    const created = await adminCall(veilgate, admin.secret, "POST", "/keys", { name: "support bot", expiresAt: "2099-01-01" });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^vg_[0-9A-Za-z]{32}$/);
    expect(created.body.data).toMatchObject({ name: "support bot", role: "client", createdBy: admin.id, expiresAt: "2099-01-01T00:00:00.000Z", state: "active" });
    expect(JSON.stringify(await inventory())).not.toContain(secret);
    const client = new OpenAI({ baseURL: `${veilgate.url}/v1`, apiKey: secret, maxRetries: 0 });
    await client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] });
    // Last use is shown at once (from memory), though written to the database at most once a minute.
    expect((await byName("support bot")).lastUsedAt).not.toBeNull();

    const revoked = await adminCall(veilgate, admin.secret, "POST", `/keys/${created.body.data!.id as string}/revoke`);
    expect(revoked.body.data).toMatchObject({ state: "revoked" });
    await expect(client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] })).rejects.toMatchObject({ status: 401 });
    expect((await adminCall(veilgate, admin.secret, "POST", `/keys/${created.body.data!.id as string}/revoke`)).status).toBe(400);
    const logged = veilgate.services.exchangeLog.recentAdminActions(20).filter((action) => action.target === `key:${created.body.data!.id as string}`);
    expect(logged.map((action) => action.action)).toEqual(["key.revoke", "key.create"]);
    expect(JSON.stringify(logged)).not.toContain(secret);
  });

  it("flags stale and expired keys in the access review", async () => {
    veilgate.createKey({ name: "long expired", expiresAt: "2020-01-01T00:00:00.000Z" });
    veilgate.createKey({ name: "never used", now: new Date("2025-01-01T00:00:00Z") });
    expect(await byName("long expired")).toMatchObject({ state: "expired", stale: false });
    expect(await byName("never used")).toMatchObject({ state: "active", stale: true });
    expect(await byName("never used", "?staleDays=3650")).toMatchObject({ stale: false });
    const { summary, staleDays } = await inventory();
    expect(staleDays).toBe(90);
    expect(summary.expired).toBeGreaterThanOrEqual(1);
    expect(summary.stale).toBeGreaterThanOrEqual(1);
  });
});

describe("tenant policies", () => {
  it("are created, read, replaced, assigned to keys and deleted, each change audited", async () => {
    const created = await adminCall(veilgate, admin.secret, "POST", "/policies", { id: "eu-only", name: "EU only", residency: ["eu"] });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ id: "eu-only", residency: ["eu"], phiWithoutBaa: "refuse", actions: [], activeKeys: 0 });
    expect((await adminCall(veilgate, admin.secret, "POST", "/policies", { id: "eu-only", name: "again" })).status).toBe(400);
    expect((await adminCall(veilgate, admin.secret, "POST", "/policies", { id: "Bad Id", name: "x" })).status).toBe(400);

    const key = veilgate.createKey({ name: "eu bot" });
    const assigned = await adminCall(veilgate, admin.secret, "PUT", `/keys/${key.id}/policy`, { policyId: "eu-only" });
    expect(assigned.body.data).toMatchObject({ policyId: "eu-only" });
    expect((await adminCall(veilgate, admin.secret, "PUT", `/keys/${key.id}/policy`, { policyId: "no-such" })).status).toBe(400);
    expect((await adminCall(veilgate, admin.secret, "PUT", `/keys/${admin.id}/policy`, { policyId: "eu-only" })).status).toBe(400);
    expect((await adminCall(veilgate, auditor.secret, "GET", "/policies/eu-only")).body.data).toMatchObject({ activeKeys: 1 });

    // The key's requests follow the policy at once: the test vendors are all in the US.
    const client = new OpenAI({ baseURL: `${veilgate.url}/v1`, apiKey: key.secret, maxRetries: 0 });
    await expect(client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] })).rejects.toMatchObject({ status: 403, code: "policy_denied" });
    const replaced = await adminCall(veilgate, admin.secret, "PUT", "/policies/eu-only", { name: "Anywhere now" });
    expect(replaced.body.data).toMatchObject({ name: "Anywhere now", residency: null });
    await expect(client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] })).resolves.toBeDefined();

    expect((await adminCall(veilgate, admin.secret, "DELETE", "/policies/eu-only")).status).toBe(400);
    await adminCall(veilgate, admin.secret, "PUT", `/keys/${key.id}/policy`, { policyId: null });
    expect((await adminCall(veilgate, admin.secret, "DELETE", "/policies/eu-only")).status).toBe(204);
    expect((await adminCall(veilgate, admin.secret, "GET", "/policies/eu-only")).status).toBe(404);

    const actions = veilgate.services.exchangeLog.recentAdminActions(50).filter((action) => action.target === "policy:eu-only").map((action) => action.action);
    expect(actions).toEqual(["policy.delete", "policy.update", "policy.create"]);
    const update = veilgate.services.exchangeLog.recentAdminActions(50).find((action) => action.action === "policy.update");
    expect(update).toMatchObject({ actorKeyId: admin.id, before: { residency: ["eu"] }, after: { residency: null } });
  });

  it("lists the default policy keys without one follow", async () => {
    const listed = await adminCall(veilgate, auditor.secret, "GET", "/policies");
    expect(listed.body.defaultPolicy).toMatchObject({ id: "default", phiWithoutBaa: "refuse" });
  });
});

describe("the first admin key", () => {
  it("comes from VEILGATE_BOOTSTRAP_ADMIN_KEY, once, while no admin key exists", async () => {
    const bootstrap = "vg_bootstrapAdminKeyForTests0123456";
    const dataDir = join(mkdtempSync(join(tmpdir(), "veilgate-bootstrap-")), "data");
    const first = await startTestVeilgate({ fakeVendorUrl: vendor.url, dataDir, environment: { VEILGATE_BOOTSTRAP_ADMIN_KEY: bootstrap } });
    try {
      const keys = await adminCall(first, bootstrap, "GET", "/keys");
      expect(keys.status).toBe(200);
      expect(keys.body.data!.filter((key: Record<string, unknown>) => key.role === "admin")).toEqual([expect.objectContaining({ name: "bootstrap admin", createdBy: null })]);
      expect(first.services.exchangeLog.recentAdminActions(10).some((action) => action.action === "key.bootstrap")).toBe(true);
    } finally {
      await first.close();
    }
    const second = await startTestVeilgate({ fakeVendorUrl: vendor.url, dataDir, environment: { VEILGATE_BOOTSTRAP_ADMIN_KEY: "vg_aSecondBootstrapKeyIsIgnored00000" } });
    try {
      expect((await adminCall(second, "vg_aSecondBootstrapKeyIsIgnored00000", "GET", "/keys")).status).toBe(401);
      expect((await adminCall(second, bootstrap, "GET", "/keys")).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
