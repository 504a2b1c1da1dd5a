import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VendorRecord } from "../../src/vendors/vendor-record.ts";
import { chatCompletion, type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { adminCall, vendorFacts } from "./admin-support.ts";

const MASTER_KEY = Buffer.alloc(32, 7).toString("base64");
let vendor: FakeVendor;
let veilgate: TestVeilgate;
const admins: Record<"alice" | "bob" | "carol", { id: string; secret: string }> = {} as never;

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  vendor.respondWith(() => ({ kind: "json", body: chatCompletion("fine") }));
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url, environment: { VEILGATE_MASTER_KEY: MASTER_KEY } });
  // Three people: admin keys the host minted, so none acts for another.
  for (const name of ["alice", "bob", "carol"] as const) admins[name] = veilgate.createKey({ name, role: "admin" });
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});

const as = (name: keyof typeof admins) => admins[name].secret;
const actor = (name: keyof typeof admins) => ({ keyId: admins[name].id, person: admins[name].id });

describe("two-person rule: no one approves a change they contributed to", () => {
  it("refuses the author of a pending change once someone else has edited it, and the editor too", async () => {
    expect((await adminCall(veilgate, as("alice"), "POST", "/vendors", vendorFacts("moving", vendor.url))).status).toBe(201);
    expect((await adminCall(veilgate, as("bob"), "POST", "/vendors/moving/approve")).status).toBe(200);
    await adminCall(veilgate, as("alice"), "PATCH", "/vendors/moving", { baseUrl: "https://elsewhere.example/v1" });
    // Bob fixes only the name, but his edit is built on Alice's pending baseUrl.
    const edited = await adminCall(veilgate, as("bob"), "PATCH", "/vendors/moving", { displayName: "Moving (renamed)" });
    expect(edited.body.data).toMatchObject({ pending: { proposedBy: actor("alice"), contributors: [actor("alice"), actor("bob")] } });

    for (const name of ["alice", "bob"] as const) {
      const refused = await adminCall(veilgate, as(name), "POST", "/vendors/moving/approve");
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: "forbidden", message: expect.stringMatching(new RegExp(`${name === "alice" ? "proposed" : "edited"} by this admin; a different admin must approve it`)) });
    }
    expect((await adminCall(veilgate, as("bob"), "GET", "/vendors/moving")).body.data).toMatchObject({ vendor: { baseUrl: `${vendor.url}/v1` } });

    const approved = await adminCall(veilgate, as("carol"), "POST", "/vendors/moving/approve");
    expect(approved.body.data).toMatchObject({ vendor: { baseUrl: "https://elsewhere.example/v1", displayName: "Moving (renamed)" }, pending: null, approvedBy: actor("carol") });
    // The audit log says who shaped what was approved.
    const approval = veilgate.services.exchangeLog.recentAdminActions(20).find((action) => action.action === "vendor.approve" && action.target === "vendor:moving" && action.actorKeyId === admins.carol.id);
    expect(approval).toMatchObject({ before: { pending: { contributors: [actor("alice"), actor("bob")] } }, after: { pending: null } });
  });

  it("refuses everyone who proposed or edited a new vendor", async () => {
    await adminCall(veilgate, as("alice"), "POST", "/vendors", vendorFacts("fresh", vendor.url));
    expect((await adminCall(veilgate, as("bob"), "PATCH", "/vendors/fresh", { models: ["fresh-model", "fresh-model-2"] })).body.data).toMatchObject({
      status: "proposed",
      proposedBy: actor("alice"),
      contributors: [actor("alice"), actor("bob")],
    });
    expect((await adminCall(veilgate, as("alice"), "POST", "/vendors/fresh/approve")).status).toBe(403);
    expect((await adminCall(veilgate, as("bob"), "POST", "/vendors/fresh/approve")).status).toBe(403);
    expect((await adminCall(veilgate, as("carol"), "POST", "/vendors/fresh/approve")).body.data).toMatchObject({ status: "approved", contributors: [] });
  });
});

describe("a vendor's apiKeyEnv never names Veilgate's own secrets", () => {
  it("is refused in a proposal and in a change, naming the field", async () => {
    const proposed = await adminCall(veilgate, as("alice"), "POST", "/vendors", vendorFacts("leaky", vendor.url, { apiKeyEnv: "VEILGATE_MASTER_KEY" }));
    expect(proposed.status).toBe(400);
    expect(proposed.body.error).toMatchObject({ code: "invalid_request", message: expect.stringMatching(/must not name one of Veilgate's own variables.*\n.*at apiKeyEnv/) });

    await adminCall(veilgate, as("alice"), "POST", "/vendors", vendorFacts("patched", vendor.url));
    const changed = await adminCall(veilgate, as("bob"), "PATCH", "/vendors/patched", { apiKeyEnv: "VEILGATE_BOOTSTRAP_ADMIN_KEY" });
    expect(changed.status).toBe(400);
    expect(changed.body.error?.message).toMatch(/must not name one of Veilgate's own variables.*\n.*at apiKeyEnv/);
  });

  it("is never read, even from a vendor stored before the schema refused it: the request fails closed", async () => {
    const facts = vendorFacts("stored-leaky", vendor.url, { apiKeyEnv: "VEILGATE_MASTER_KEY" });
    const record = {
      vendor: { ...facts, status: "approved" },
      source: "api",
      proposedBy: actor("alice"),
      proposedAt: "2026-01-01T00:00:00.000Z",
      approvedBy: actor("bob"),
      approvedAt: "2026-01-01T00:00:00.000Z",
      statusChangedBy: null,
      statusChangedAt: null,
      pending: null,
      version: 1,
      updatedAt: "2026-01-01T00:00:00.000Z",
    } as unknown as VendorRecord;
    expect(veilgate.services.vendors.store.insert(record)).toBe(true);
    veilgate.services.vendors.refresh();
    vendor.reset(() => ({ kind: "json", body: chatCompletion("fine") }));

    const answer = await fetch(`${veilgate.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${veilgate.clientKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "stored-leaky/stored-leaky-model", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(answer.status).toBe(502);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("vendor_unreachable");
    expect(vendor.received).toEqual([]);
  });
});
