import { createHash } from "node:crypto";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAuditFixture } from "../browser/support/audit-fixture.ts";
import { PII } from "../support/pii-samples.ts";
import { runCli } from "../support/run-cli.ts";

/**
 * Tampering with a copy of a real Veilgate database: triggers dropped in the copy, rows
 * edited, removed, inserted and reordered; `veilgate audit verify` must name the entry.
 */
describe("tamper-evident audit log", () => {
  let dataDir: string;
  let liveRefusals: string[] = [];
  /** Where each "Ticket N" exchange sits in the chain (other entries, e.g. vendor imports, come first). */
  const ticket: number[] = [];
  let entries = 0;

  beforeAll(async () => {
    const fixture = await startAuditFixture({ checkpointEvery: 4 });
    try {
      for (let index = 0; index < 9; index++) expect(await fixture.chat(`Ticket ${index}: my SSN is ${PII.ssn}, email ${PII.email}`)).toBe(200);
      expect(await fixture.chat("unknown model", { model: "nope" })).toBe(404);
      // The live database refuses UPDATE and DELETE, even through a connection of its own.
      const live = new Database(join(fixture.dataDir, "veilgate.db"));
      for (const statement of ["UPDATE audit_entries SET status = 'ok' WHERE seq = 10", "DELETE FROM audit_entries WHERE seq = 1", "UPDATE audit_checkpoints SET hash = 'x'", "DELETE FROM audit_checkpoints"]) {
        try {
          live.prepare(statement).run();
        } catch (error) {
          liveRefusals.push((error as Error).message);
        }
      }
      for (let index = 0; index < 9; index++) {
        ticket[index] = live.prepare<[string], { seq: number }>("SELECT seq FROM audit_entries WHERE entry LIKE ?").get(`%Ticket ${index}:%`)!.seq;
      }
      entries = live.prepare<[], { count: number }>("SELECT count(*) AS count FROM audit_entries").get()!.count;
      live.close();
    } finally {
      await fixture.close();
    }
    dataDir = fixture.dataDir;
  });
  afterAll(() => {
    liveRefusals = [];
  });

  /** A copy of the data dir whose database has had `tamper` done to it with the triggers dropped. */
  function tamperedCopy(tamper: (database: Database.Database) => void): string {
    const copy = join(mkdtempSync(join(tmpdir(), "veilgate-tampered-")), "data");
    cpSync(dataDir, copy, { recursive: true });
    const database = new Database(join(copy, "veilgate.db"));
    database.exec("DROP TRIGGER audit_entries_append_only_update; DROP TRIGGER audit_entries_append_only_delete;");
    tamper(database);
    database.close();
    return copy;
  }
  const verify = async (copy: string) => {
    const result = await runCli(["audit", "verify", "--json", "--data-dir", copy]);
    return { code: result.code, report: JSON.parse(result.stdout) as { ok: boolean; problem?: { kind: string; seq: number; message: string } } };
  };
  const row = (database: Database.Database, seq: number) =>
    database.prepare<[number], Record<string, unknown>>("SELECT * FROM audit_entries WHERE seq = ?").get(seq)!;

  it("the live database refused every UPDATE and DELETE", () => {
    expect(liveRefusals).toHaveLength(4);
    for (const message of liveRefusals) expect(message).toMatch(/append-only/);
  });

  it("an untouched copy verifies, with signed checkpoints", async () => {
    const result = await runCli(["audit", "verify", "--data-dir", tamperedCopy(() => {})]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^OK: ${entries} entries, seq 1–${entries}; \\d+ signed checkpoints`));
  });

  it("exports the log from the CLI as CSV", async () => {
    const result = await runCli(["audit", "export", "--format", "csv", "--data-dir", tamperedCopy(() => {})]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\r\n").filter((line) => line.startsWith(`${ticket[0]},`) || line.startsWith("seq,"));
    expect(lines).toHaveLength(2);
    expect(result.stdout).not.toContain(PII.ssn);
  });

  it("names an edited entry", async () => {
    const copy = tamperedCopy((database) => database.prepare("UPDATE audit_entries SET entry = replace(entry, 'Ticket 4', 'Ticket X') WHERE seq = ?").run(ticket[4]));
    expect(await verify(copy)).toMatchObject({ code: 1, report: { ok: false, problem: { kind: "changed", seq: ticket[4] } } });
    const text = await runCli(["audit", "verify", "--data-dir", copy]);
    expect(text.stdout).toMatch(new RegExp(`^TAMPERED: entry ${ticket[4]} was changed`));
  });

  it("names an entry whose search column was edited", async () => {
    const copy = tamperedCopy((database) => database.prepare("UPDATE audit_entries SET key_id = 'key_innocent' WHERE seq = ?").run(ticket[2]));
    expect(await verify(copy)).toMatchObject({ code: 1, report: { problem: { kind: "changed", seq: ticket[2] } } });
  });

  it("names a removed entry", async () => {
    const copy = tamperedCopy((database) => database.prepare("DELETE FROM audit_entries WHERE seq = ?").run(ticket[5]));
    expect(await verify(copy)).toMatchObject({ code: 1, report: { problem: { kind: "removed", seq: ticket[5] } } });
  });

  it("names an inserted entry, even one with a correctly computed hash", async () => {
    const copy = tamperedCopy((database) => {
      const at = ticket[6]!;
      database.prepare("UPDATE audit_entries SET seq = seq + 1000 WHERE seq >= ?").run(at);
      database.exec("UPDATE audit_entries SET seq = seq - 999 WHERE seq >= 1000");
      const before = row(database, at - 1);
      const text = String(before.entry).replace("Ticket 5", "Ticket 5b");
      const hash = createHash("sha256").update(Buffer.from(String(before.hash), "hex")).update(text).digest("hex");
      database
        .prepare("INSERT INTO audit_entries (seq, prev_hash, hash, entry, kind, time, key_id, vendor, model, status, tenant, entity_counts, rule_ids) SELECT ?, ?, ?, ?, kind, time, key_id, vendor, model, status, tenant, entity_counts, rule_ids FROM audit_entries WHERE seq = ?")
        .run(at, before.hash, hash, text, at - 1);
    });
    expect(await verify(copy)).toMatchObject({ code: 1, report: { problem: { kind: "inserted", seq: ticket[6] } } });
  });

  it("names reordered entries", async () => {
    const [first, second] = [ticket[7]!, ticket[8]!];
    const copy = tamperedCopy((database) => database.exec(`UPDATE audit_entries SET seq = -1 WHERE seq = ${first}; UPDATE audit_entries SET seq = ${first} WHERE seq = ${second}; UPDATE audit_entries SET seq = ${second} WHERE seq = -1;`));
    expect(await verify(copy)).toMatchObject({ code: 1, report: { problem: { kind: "reordered", seq: first } } });
  });

  it("catches an edit whose hashes were all recomputed, at the signed checkpoint", async () => {
    const copy = tamperedCopy((database) => {
      database.prepare("UPDATE audit_entries SET entry = replace(entry, 'Ticket 3', 'Ticket Y') WHERE seq = ?").run(ticket[3]);
      const rows = database.prepare<[], { seq: number; prev_hash: string; entry: string }>("SELECT seq, prev_hash, entry FROM audit_entries ORDER BY seq").all();
      let previous = rows[0]!.prev_hash;
      const update = database.prepare("UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE seq = ?");
      for (const entry of rows) {
        const hash = createHash("sha256").update(Buffer.from(previous, "hex")).update(entry.entry).digest("hex");
        update.run(previous, hash, entry.seq);
        previous = hash;
      }
    });
    // Checkpoints every 4 entries: the one before the edit still matches, the next one's signed hash does not.
    const lastGoodCheckpoint = Math.floor((ticket[3]! - 1) / 4) * 4;
    expect(await verify(copy)).toMatchObject({ code: 1, report: { problem: { kind: "rewritten", seq: lastGoodCheckpoint + 1 } } });
  });
});
