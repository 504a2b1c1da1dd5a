import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkpointStatement } from "../../src/audit/signed-statements.ts";
import { createSodiumAuditSigner } from "../../src/runtime/node/create-sodium-audit-signer.ts";
import { type AuditFixture, startAuditFixture } from "../browser/support/audit-fixture.ts";
import { PII } from "../support/pii-samples.ts";

type Caller = "none" | "client" | "admin" | "auditor";
const REVEAL_BODY = { placeholder: "[US_SSN_AAAAAA]", justification: "INC-1: checking a disputed value for the customer." };

/** Every audit route and the status each role gets (reveal is off here, so even auditors get 403). */
const MATRIX: Array<{ route: string; method?: "POST"; expected: Record<Caller, number> }> = [
  { route: "/audit/entries", expected: { none: 401, client: 403, admin: 403, auditor: 200 } },
  { route: "/audit/entries/1", expected: { none: 401, client: 403, admin: 403, auditor: 200 } },
  { route: "/audit/export?format=csv", expected: { none: 401, client: 403, admin: 403, auditor: 200 } },
  { route: "/audit/summary", expected: { none: 401, client: 403, admin: 403, auditor: 200 } },
  { route: "/audit/verify", expected: { none: 401, client: 403, admin: 200, auditor: 200 } },
  { route: "/audit/checkpoints", expected: { none: 401, client: 403, admin: 200, auditor: 200 } },
  { route: "/audit/entries/1/reveal", method: "POST", expected: { none: 401, client: 403, admin: 403, auditor: 403 } },
];

describe("audit admin API", () => {
  let fixture: AuditFixture;
  const call = (route: string, caller: Caller = "auditor", method: "GET" | "POST" = "GET") =>
    fetch(`${fixture.veilgate.url}/admin${route}`, {
      method,
      headers: { ...(caller === "none" ? {} : { authorization: `Bearer ${fixture.keys[caller].secret}` }), ...(method === "POST" ? { "content-type": "application/json" } : {}) },
      ...(method === "POST" ? { body: JSON.stringify(REVEAL_BODY) } : {}),
    });

  beforeAll(async () => {
    fixture = await startAuditFixture({ checkpointEvery: 2 });
    expect(await fixture.chat(`SSN ${PII.ssn}, email ${PII.email}`)).toBe(200);
    expect(await fixture.chat("hello", { model: "nope" })).toBe(404);
  });
  afterAll(() => fixture?.close());

  describe.each(MATRIX)("$method $route", ({ route, method, expected }) => {
    it.each(Object.entries(expected) as Array<[Caller, number]>)("%s → %i", async (caller, status) => {
      const response = await call(route, caller, method ?? "GET");
      expect(response.status).toBe(status);
      await response.arrayBuffer();
    });
  });

  it("searches with filters and names a bad parameter", async () => {
    const refused = (await (await call("/audit/entries?outcome=refused")).json()) as { data: Array<{ record: { status: string } }> };
    expect(refused.data.map((item) => item.record.status)).toEqual(["model_not_found"]);
    const ssn = (await (await call("/audit/entries?entityType=US_SSN&text=SSN")).json()) as { data: Array<{ kind: string; revealable: boolean; record: Record<string, unknown> }> };
    expect(ssn.data).toHaveLength(1);
    expect(ssn.data[0]).toMatchObject({ kind: "exchange", revealable: false, record: { entityCounts: { US_SSN: 1, EMAIL: 1 } } });
    const bad = await call("/audit/entries?limit=0&from=yesterday");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "invalid_request", message: expect.stringMatching(/limit[\s\S]*from|from[\s\S]*limit/) });
    const missing = await call("/audit/entries/999999");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("verifies the chain and publishes the key that signs its checkpoints", async () => {
    const verification = (await (await call("/audit/verify", "admin")).json()) as { ok: boolean; entries: number; publicKey: string; lastCheckpointSeq: number };
    expect(verification).toMatchObject({ ok: true, publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const published = (await (await call("/audit/checkpoints", "admin")).json()) as { publicKey: string; algorithm: string; data: Array<{ seq: number; hash: string; time: string; publicKey: string; signature: string }> };
    expect(published).toMatchObject({ publicKey: verification.publicKey, algorithm: "Ed25519" });
    expect(published.data.length).toBeGreaterThan(0);
    // Anyone holding the public key can check a checkpoint with plain Ed25519.
    const checker = await createSodiumAuditSigner({ seed: new Uint8Array(32) });
    for (const checkpoint of published.data) expect(checker.verify(checkpointStatement(checkpoint), checkpoint.signature, published.publicKey)).toBe(true);
    const entry = (await (await call(`/audit/entries/${published.data[0]!.seq}`)).json()) as { data: { hash: string } };
    expect(entry.data.hash).toBe(published.data[0]!.hash);
  });

  it("documents every audit route in the OpenAPI document", async () => {
    const document = (await (await fetch(`${fixture.veilgate.url}/admin/openapi.json`)).json()) as { paths: Record<string, unknown> };
    for (const path of ["/audit/entries", "/audit/entries/{seq}", "/audit/export", "/audit/summary", "/audit/verify", "/audit/checkpoints", "/audit/entries/{seq}/reveal"]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });
});
