import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditFixture, startAuditFixture } from "../browser/support/audit-fixture.ts";
import { PII, PII_VALUES, leakedIn } from "../support/pii-samples.ts";

const JUSTIFICATION = "INC-2291: customer says the SSN we hold is wrong; fraud team must compare.";

async function lastExchange(fixture: AuditFixture) {
  const [record] = fixture.veilgate.services.exchangeLog.recent(1);
  const ssnPlaceholder = /\[US_SSN_[0-9A-Z]{6}\]/.exec(record!.redactedRequest ?? "")![0];
  return { seq: record!.seq, ssnPlaceholder, record: record! };
}

describe("break-glass reveal, when turned on", () => {
  let fixture: AuditFixture;
  const reveal = (seq: number, body: unknown, key = fixture.keys.auditor.secret) =>
    fetch(`${fixture.veilgate.url}/admin/audit/entries/${seq}/reveal`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    fixture = await startAuditFixture({ reveal: true });
    expect(await fixture.chat(`My SSN is ${PII.ssn} and my email is ${PII.email}`)).toBe(200);
  });
  afterAll(() => fixture?.close());

  it("keeps the value map sealed, never in plaintext", async () => {
    const { record } = await lastExchange(fixture);
    expect(record.sealedValueMap).toMatch(/^v1\./);
    fixture.veilgate.services.exchangeLog.checkpoint();
    for (const name of ["veilgate.db", "veilgate.db-wal"]) {
      expect(leakedIn(readFileSync(join(fixture.dataDir, name)).toString("latin1"), PII_VALUES)).toEqual([]);
    }
  });

  it("refuses a reveal without a written justification, and logs nothing", async () => {
    const { seq, ssnPlaceholder } = await lastExchange(fixture);
    const before = fixture.veilgate.services.exchangeLog.recentAdminActions(50).length;
    for (const body of [{ placeholder: ssnPlaceholder }, { placeholder: ssnPlaceholder, justification: "because" }, { placeholder: ssnPlaceholder, justification: "                         " }]) {
      const response = await reveal(seq, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "invalid_request", message: expect.stringMatching(/justification/) });
    }
    expect(fixture.veilgate.services.exchangeLog.recentAdminActions(50)).toHaveLength(before);
  });

  it("reveals one value with a justification, and the reveal is an audit entry", async () => {
    const { seq, ssnPlaceholder } = await lastExchange(fixture);
    const response = await reveal(seq, { placeholder: ssnPlaceholder, justification: JUSTIFICATION });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ placeholder: ssnPlaceholder, value: PII.ssn });
    const [entry] = fixture.veilgate.services.exchangeLog.recentAdminActions(1);
    expect(entry).toMatchObject({ action: "audit.reveal", actorKeyId: fixture.keys.auditor.id, target: `audit:${seq}`, after: { placeholder: ssnPlaceholder, justification: JUSTIFICATION } });
    expect(JSON.stringify(entry)).not.toContain(PII.ssn);
    expect(fixture.veilgate.services.exchangeLog.verify()).toMatchObject({ ok: true });
  });

  it("reveals only to audit:reveal, only placeholders of that exchange", async () => {
    const { seq } = await lastExchange(fixture);
    expect((await reveal(seq, { placeholder: "[US_SSN_ZZZZZZ]", justification: JUSTIFICATION })).status).toBe(404);
    expect((await reveal(seq, { placeholder: "[US_SSN_ZZZZZZ]", justification: JUSTIFICATION }, fixture.keys.admin.secret)).status).toBe(403);
    expect((await reveal(1, { placeholder: "[US_SSN_ZZZZZZ]", justification: JUSTIFICATION })).status).toBe(404);
  });
});

describe("break-glass reveal, off by default", () => {
  let fixture: AuditFixture;
  beforeAll(async () => {
    fixture = await startAuditFixture();
    expect(await fixture.chat(`My SSN is ${PII.ssn}`)).toBe(200);
  });
  afterAll(() => fixture?.close());

  it("stores nothing reversible and refuses every reveal", async () => {
    const { seq, ssnPlaceholder, record } = await lastExchange(fixture);
    expect(record.sealedValueMap).toBeUndefined();
    const response = await fetch(`${fixture.veilgate.url}/admin/audit/entries/${seq}/reveal`, {
      method: "POST",
      headers: { authorization: `Bearer ${fixture.keys.auditor.secret}`, "content-type": "application/json" },
      body: JSON.stringify({ placeholder: ssnPlaceholder, justification: JUSTIFICATION }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/turned off/);
    expect(fixture.veilgate.services.exchangeLog.recentAdminActions(10).some((action) => action.action === "audit.reveal")).toBe(false);
  });
});
