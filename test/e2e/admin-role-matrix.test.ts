import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { adminCall, vendorFacts } from "./admin-support.ts";

let vendor: FakeVendor;
let veilgate: TestVeilgate;
/** The caller for each column of the matrix: a secret, or none. */
const callers: Record<string, string | undefined> = {};
/** Another admin: proposals it makes are ones the matrix's admin may approve. */
const otherAdmin = { keyId: "key_other_admin", person: "key_other_admin" };
let counter = 0;
const fresh = (prefix: string) => `${prefix}-${++counter}`;

beforeAll(async () => {
  vendor = await startFakeOpenAiVendor();
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url });
  callers.admin = veilgate.createKey({ name: "admin", role: "admin" }).secret;
  callers.auditor = veilgate.createKey({ name: "auditor", role: "auditor" }).secret;
  callers.client = veilgate.createKey({ name: "client" }).secret;
  callers.none = undefined;
  callers.expired = veilgate.createKey({ name: "expired admin", role: "admin", expiresAt: "2020-01-01T00:00:00.000Z" }).secret;
  const revoked = veilgate.createKey({ name: "revoked admin", role: "admin" });
  veilgate.services.keys.revoke(revoked.id, new Date().toISOString());
  callers.revoked = revoked.secret;
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});

/** Fresh targets per call, made through the services, so every call of a row meets the same state. */
const lifecycle = () => veilgate.services.vendorLifecycle;
const proposed = () => {
  const id = fresh("matrix");
  lifecycle().propose(vendorFacts(id, vendor.url) as never, otherAdmin);
  return id;
};
const approved = () => {
  const id = proposed();
  lifecycle().approve(id, { keyId: "key_third_admin", person: "key_third_admin" });
  return id;
};
const suspended = () => {
  const id = approved();
  lifecycle().suspend(id, otherAdmin);
  return id;
};
const withSecret = () => {
  const id = approved();
  veilgate.services.vendorSecrets.put({ vendorId: id, sealed: veilgate.services.secretBox.seal("sk-matrix-secret", `vendor-key:${id}`), previousSealed: null, updatedAt: new Date().toISOString() });
  return id;
};
const policy = () => {
  const id = fresh("policy");
  veilgate.services.policies.insert({ id, name: id, vendors: null, models: null, residency: null, dataClasses: null, requireSoc2: false, forbidTraining: false, maxRetentionDays: null, phiWithoutBaa: "refuse", actions: [], createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" });
  return id;
};
const clientKey = () => veilgate.createKey({ name: fresh("client") }).id;

type Expected = { admin: number; auditor: number; client: number };
interface Row {
  method: string;
  /** The OpenAPI path this row covers. */
  route: string;
  expected: Expected;
  /** Set on rows that aim at an object that does not exist. */
  missing?: true;
  call(): { path: string; body?: unknown };
}

const READ: Expected = { admin: 200, auditor: 200, client: 403 };
const write = (status: number): Expected => ({ admin: status, auditor: 403, client: 403 });

const ROWS: Row[] = [
  { method: "GET", route: "/keys", expected: READ, call: () => ({ path: "/keys" }) },
  { method: "POST", route: "/keys", expected: write(201), call: () => ({ path: "/keys", body: { name: fresh("key") } }) },
  { method: "POST", route: "/keys/{id}/revoke", expected: write(200), call: () => ({ path: `/keys/${clientKey()}/revoke` }) },
  { method: "PUT", route: "/keys/{id}/policy", expected: write(200), call: () => ({ path: `/keys/${clientKey()}/policy`, body: { policyId: policy() } }) },
  { method: "GET", route: "/vendors", expected: READ, call: () => ({ path: "/vendors" }) },
  { method: "GET", route: "/vendors/{id}", expected: READ, call: () => ({ path: `/vendors/${approved()}` }) },
  { method: "GET", route: "/vendors/{id}", expected: { admin: 404, auditor: 404, client: 403 }, missing: true, call: () => ({ path: "/vendors/no-such-vendor" }) },
  { method: "POST", route: "/vendors", expected: write(201), call: () => ({ path: "/vendors", body: vendorFacts(fresh("proposal"), vendor.url) }) },
  { method: "PATCH", route: "/vendors/{id}", expected: write(200), call: () => ({ path: `/vendors/${approved()}`, body: { displayName: "Renamed" } }) },
  { method: "POST", route: "/vendors/{id}/approve", expected: { admin: 200, auditor: 403, client: 403 }, call: () => ({ path: `/vendors/${proposed()}/approve` }) },
  { method: "POST", route: "/vendors/{id}/approve", expected: { admin: 404, auditor: 403, client: 403 }, missing: true, call: () => ({ path: "/vendors/no-such-vendor/approve" }) },
  { method: "POST", route: "/vendors/{id}/suspend", expected: write(200), call: () => ({ path: `/vendors/${approved()}/suspend` }) },
  { method: "POST", route: "/vendors/{id}/retire", expected: write(200), call: () => ({ path: `/vendors/${approved()}/retire` }) },
  { method: "POST", route: "/vendors/{id}/reinstate", expected: write(200), call: () => ({ path: `/vendors/${suspended()}/reinstate` }) },
  { method: "PUT", route: "/vendors/{id}/secret", expected: write(204), call: () => ({ path: `/vendors/${approved()}/secret`, body: { apiKey: "sk-matrix-new-secret" } }) },
  { method: "DELETE", route: "/vendors/{id}/secret", expected: write(204), call: () => ({ path: `/vendors/${withSecret()}/secret` }) },
  { method: "GET", route: "/policies", expected: READ, call: () => ({ path: "/policies" }) },
  { method: "GET", route: "/policies/{id}", expected: READ, call: () => ({ path: `/policies/${policy()}` }) },
  { method: "GET", route: "/policies/{id}", expected: { admin: 404, auditor: 404, client: 403 }, missing: true, call: () => ({ path: "/policies/no-such-policy" }) },
  { method: "POST", route: "/policies", expected: write(201), call: () => ({ path: "/policies", body: { id: fresh("new-policy"), name: "New", residency: ["eu"] } }) },
  { method: "PUT", route: "/policies/{id}", expected: write(200), call: () => ({ path: `/policies/${policy()}`, body: { name: "Replaced", dataClasses: ["contact"] } }) },
  { method: "DELETE", route: "/policies/{id}", expected: write(204), call: () => ({ path: `/policies/${policy()}` }) },
];

const CALLERS = ["admin", "auditor", "client", "none", "expired", "revoked"] as const;

describe.each(CALLERS)("admin API as %s", (caller) => {
  it.each(ROWS.map((row) => [`${row.method} ${row.route}${row.missing ? " (no such object)" : ""}`, row] as const))("%s", async (_, row) => {
    const { path, body } = row.call();
    const answer = await adminCall(veilgate, callers[caller], row.method, path, body);
    const expected = caller === "admin" || caller === "auditor" || caller === "client" ? row.expected[caller] : 401;
    expect({ status: answer.status, error: answer.body.error?.code }).toMatchObject({ status: expected });
    if (expected === 401) expect(answer.body.error?.code).toBe("unauthorized");
    if (expected === 403) expect(answer.body.error?.code).toBe("forbidden");
    // No secret ever comes back, whoever asks.
    expect(JSON.stringify(answer.body)).not.toMatch(/sk-matrix/);
  });

  it("GET /openapi.json is public (it describes the API, it holds no data)", async () => {
    expect((await adminCall(veilgate, callers[caller], "GET", "/openapi.json")).status).toBe(200);
  });
});

describe("the matrix covers every admin route", () => {
  it("has a row for each route of the OpenAPI document (audit routes have their own matrix)", async () => {
    const document = (await adminCall(veilgate, undefined, "GET", "/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .filter(([path]) => !path.startsWith("/audit"))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const covered = new Set(ROWS.map((row) => `${row.method} ${row.route}`));
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !documented.includes(route))).toEqual([]);
  });

  it("an admin key narrowed by scopes gets 403 outside them", async () => {
    const scoped = veilgate.createKey({ name: "read-only admin", role: "admin", scopes: ["vendors:read"] }).secret;
    expect((await adminCall(veilgate, scoped, "GET", "/vendors")).status).toBe(200);
    expect((await adminCall(veilgate, scoped, "POST", "/vendors", vendorFacts(fresh("scoped"), vendor.url))).status).toBe(403);
    expect((await adminCall(veilgate, scoped, "GET", "/keys")).status).toBe(403);
  });
});
