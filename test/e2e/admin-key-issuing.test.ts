import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { adminCall } from "./admin-support.ts";

let vendor: FakeVendor;
let veilgate: TestVeilgate;
let admin: string;
let keyManager: string;

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url });
  admin = veilgate.createKey({ name: "admin", role: "admin" }).secret;
  keyManager = veilgate.createKey({ name: "key manager", role: "admin", scopes: ["keys:write"] }).secret;
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});

const keyNamed = (name: string) => veilgate.services.keys.list().find((key) => key.name === name);
const loggedFor = (name: string) => veilgate.services.exchangeLog.recentAdminActions(100).filter((action) => action.action === "key.create" && JSON.stringify(action.after).includes(name));

describe("POST /admin/keys: a new key holds no more than the key creating it", () => {
  it.each([
    ["a key manager (scopes keys:write)", "an unscoped admin key", () => keyManager, { name: "unscoped admin", role: "admin" }, /role admin: it would hold 'vendors:read', .*'policies:write', 'audit:verify', which this key lacks/],
    ["a key manager (scopes keys:write)", "an admin key that approves vendors", () => keyManager, { name: "approver", role: "admin", scopes: ["keys:write", "vendors:approve"] }, /it would hold 'vendors:approve', which/],
    ["an admin (which reads no transcripts)", "an auditor key", () => admin, { name: "own auditor", role: "auditor" }, /role auditor: it would hold 'audit:read', 'audit:export', 'audit:reveal', which/],
  ])("refuses %s minting %s, naming what it lacks, and creates and logs nothing", async (_, __, caller, request, message) => {
    const refused = await adminCall(veilgate, caller(), "POST", "/keys", request);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: "forbidden", message: expect.stringMatching(message) });
    expect(keyNamed(request.name)).toBeUndefined();
    expect(loggedFor(request.name)).toEqual([]);
  });

  it("lets a key pass on what it holds, whole or narrowed", async () => {
    const narrowed = await adminCall(veilgate, keyManager, "POST", "/keys", { name: "second key manager", role: "admin", scopes: ["keys:write"] });
    expect(narrowed.status).toBe(201);
    expect(narrowed.body.data).toMatchObject({ role: "admin", scopes: ["keys:write"] });
    // What it holds is still only keys:write.
    expect((await adminCall(veilgate, narrowed.body.secret as string, "POST", "/policies", { id: "p1", name: "p1" })).status).toBe(403);

    const verifier = await adminCall(veilgate, admin, "POST", "/keys", { name: "chain verifier", role: "auditor", scopes: ["audit:verify"] });
    expect(verifier.status).toBe(201);
    expect((await adminCall(veilgate, verifier.body.secret as string, "GET", "/audit/verify")).status).toBe(200);
    expect((await adminCall(veilgate, verifier.body.secret as string, "GET", "/audit/entries")).status).toBe(403);
  });

  it("lets any key that may write keys issue client keys", async () => {
    const client = await adminCall(veilgate, keyManager, "POST", "/keys", { name: "support bot" });
    expect(client.status).toBe(201);
    expect(client.body.data).toMatchObject({ role: "client" });
    expect(loggedFor("support bot")).toHaveLength(1);
  });
});

describe("POST /admin/keys: a new key does not outlive the key creating it", () => {
  it("refuses a key without expiry, or expiring later, from a key that expires, and takes one expiring no later", async () => {
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const temporary = veilgate.createKey({ name: "contractor admin", role: "admin", expiresAt }).secret;
    for (const request of [{ name: "forever" }, { name: "later", expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() }]) {
      const refused = await adminCall(veilgate, temporary, "POST", "/keys", request);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: "forbidden", message: expect.stringMatching(/may not outlive it/) });
      expect(keyNamed(request.name)).toBeUndefined();
    }
    const sooner = await adminCall(veilgate, temporary, "POST", "/keys", { name: "sooner", expiresAt });
    expect(sooner.status).toBe(201);
    expect(sooner.body.data).toMatchObject({ expiresAt });
  });
});

