import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { AdminActionRecord } from "../../src/audit/admin-action-record.ts";
import type { AuditSigner } from "../../src/audit/audit-signer.ts";
import type { AuditStore } from "../../src/audit/audit-store.ts";
import { canonicalJson } from "../../src/audit/canonical-json.ts";
import { GENESIS_HASH, nobleChainHasher } from "../../src/audit/chain-hasher.ts";
import { createAuditLog } from "../../src/audit/create-audit-log.ts";
import { createMemoryAuditStore } from "../../src/audit/create-memory-audit-store.ts";
import { checkpointStatement } from "../../src/audit/signed-statements.ts";
import { createSodiumAuditSigner } from "../../src/runtime/node/create-sodium-audit-signer.ts";
import { createSqliteExchangeLog } from "../../src/runtime/node/create-sqlite-exchange-log.ts";
import { createSqliteAuditStore } from "../../src/runtime/node/create-sqlite-audit-store.ts";
import { nodeChainHasher } from "../../src/runtime/node/node-chain-hasher.ts";
import type { ExchangeRecord } from "../../src/audit/exchange-record.ts";
import { freshDatabase } from "../support/fresh-database.ts";
import { sampleExchangeRecord } from "../support/sample-exchange-record.ts";

const adminAction = (day: number, action: string): AdminActionRecord => ({
  time: `2026-03-${String(day).padStart(2, "0")}T13:00:00.000Z`,
  requestId: `admin-${day}`,
  actorKeyId: "key_admin",
  action,
  target: "vendor:openai",
  before: { status: "proposed" },
  after: { status: "approved", approved: true },
});

/** The same log behaviour over every AuditStore: memory is the reference, SQLite must agree. */
describe.each([
  ["memory", () => createMemoryAuditStore()],
  ["sqlite", () => createSqliteAuditStore(freshDatabase())],
] as Array<[string, () => AuditStore]>)("AuditLog contract: %s store", (_, makeStore) => {
  let signer: AuditSigner;
  beforeAll(async () => {
    signer = await createSodiumAuditSigner({ seed: new Uint8Array(32).fill(7) });
  });
  const makeLog = (options: { signed?: boolean; now?: () => Date } = {}) =>
    createAuditLog({ store: makeStore(), ...(options.signed === false ? {} : { signer }), checkpointEvery: 4, now: options.now ?? (() => new Date("2026-03-20T00:00:00.000Z")) });

  /** Twelve entries: exchanges on days 1–10 (two refused, one streamed Anthropic), two admin actions. */
  const seed = (log: ReturnType<typeof makeLog>) => {
    for (let day = 1; day <= 10; day++) {
      const overrides: Partial<ExchangeRecord> =
        day === 3 ? { status: "model_not_found", httpStatus: 404, vendor: null, entityCounts: {} }
        : day === 6 ? { vendor: "claudeish", model: "claude-test", stream: true, entityCounts: { EMAIL: 2, US_SSN: 1 }, ruleIds: ["email", "us-ssn"], redactedResponse: "Refund sent to [EMAIL_BBBBBB]" }
        : day === 8 ? { status: "client_disconnected", httpStatus: 499, keyId: "key_b" }
        : day === 9 ? { status: "vendor_timeout", httpStatus: 504, keyId: "key_b", findingRules: [{ rule: "tenant-block-iban", type: "IBAN", action: "block", count: 1 }] }
        : {};
      log.append(sampleExchangeRecord(day, overrides));
      if (day === 4 || day === 7) log.appendAdminAction(adminAction(day, day === 4 ? "vendor.approve" : "key.create"));
    }
  };
  const seqs = (log: ReturnType<typeof makeLog>, query: Parameters<ReturnType<typeof makeLog>["search"]>[0]) => log.search(query).items.map((item) => item.seq);

  it("appends and reads back newest first, unchanged", () => {
    const log = makeLog();
    for (const day of [1, 2, 3]) log.append(sampleExchangeRecord(day));
    log.appendAdminAction(adminAction(4, "vendor.approve"));
    expect(log.recent(2)).toEqual([{ ...sampleExchangeRecord(3), seq: 3 }, { ...sampleExchangeRecord(2), seq: 2 }]);
    expect(log.recentAdminActions(5)).toEqual([adminAction(4, "vendor.approve")]);
    expect(log.get(4)?.entry).toEqual({ kind: "admin_action", record: adminAction(4, "vendor.approve") });
  });

  it("chains every entry: hash = SHA-256(previous hash bytes ‖ canonical JSON), and verifies", () => {
    const log = makeLog();
    seed(log);
    let previous = GENESIS_HASH;
    for (const item of log.iterate({})) {
      const expected = createHash("sha256").update(Buffer.from(previous, "hex")).update(canonicalJson(item.entry)).digest("hex");
      expect(item.hash).toBe(expected);
      previous = item.hash;
    }
    expect(log.verify()).toMatchObject({ ok: true, entries: 12, firstSeq: 1, lastSeq: 12, headHash: previous, checkpoints: 3, lastCheckpointSeq: 12, unsignedEntries: 0 });
  });

  it("signs a checkpoint every N entries and on demand, with the published key", () => {
    const log = makeLog();
    for (const day of [1, 2, 3, 4, 5, 6]) log.append(sampleExchangeRecord(day));
    expect(log.checkpoints().map((checkpoint) => checkpoint.seq)).toEqual([4]);
    expect(log.checkpoint()?.seq).toBe(6);
    expect(log.checkpoint()).toBeUndefined();
    for (const checkpoint of log.checkpoints()) {
      expect(checkpoint.publicKey).toBe(log.publicKey);
      expect(signer.verify(checkpointStatement(checkpoint), checkpoint.signature, signer.publicKey)).toBe(true);
    }
    expect(log.verify()).toMatchObject({ ok: true, checkpoints: 2, unsignedEntries: 0 });
  });

  it("searches by time, kind, key, vendor, model, status, outcome, entity type, rule id and text", () => {
    const log = makeLog();
    seed(log);
    // Seqs: days 1–4 are 1–4, the admin action of day 4 is 5, days 5–7 are 6–8, admin 9, days 8–10 are 10–12.
    expect(seqs(log, { limit: 50 })).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(seqs(log, { limit: 50, from: "2026-03-04T00:00:00.000Z", to: "2026-03-06T00:00:00.000Z" })).toEqual([6, 5, 4]);
    expect(seqs(log, { limit: 50, kind: "admin_action" })).toEqual([9, 5]);
    expect(seqs(log, { limit: 50, keyId: "key_b" })).toEqual([11, 10]);
    expect(seqs(log, { limit: 50, keyId: "key_admin" })).toEqual([9, 5]);
    expect(seqs(log, { limit: 50, vendor: "claudeish" })).toEqual([7]);
    expect(seqs(log, { limit: 50, model: "claude-test" })).toEqual([7]);
    expect(seqs(log, { limit: 50, status: "model_not_found" })).toEqual([3]);
    expect(seqs(log, { limit: 50, outcome: "refused" })).toEqual([11, 3]);
    expect(seqs(log, { limit: 50, outcome: "ok" })).toEqual([12, 8, 7, 6, 4, 2, 1]);
    expect(seqs(log, { limit: 50, entityType: "EMAIL" })).toEqual([7]);
    expect(seqs(log, { limit: 50, ruleId: "email" })).toEqual([7]);
    expect(seqs(log, { limit: 50, ruleId: "tenant-block-iban" })).toEqual([11]);
    expect(seqs(log, { limit: 50, text: "refund" })).toEqual([7]);
    expect(seqs(log, { limit: 50, text: "EMAIL_BBB" })).toEqual([7]);
    expect(seqs(log, { limit: 50, text: "[US_SSN_AAAAA5]" })).toEqual([6]);
    expect(seqs(log, { limit: 50, text: "approved" })).toEqual([9, 5]);
    expect(seqs(log, { limit: 50, text: "vendor.approve openai" })).toEqual([5]);
    expect(seqs(log, { limit: 50, text: "nothing-like-this" })).toEqual([]);
    expect(seqs(log, { limit: 50, text: '"quotes" AND (fts OR syntax*' })).toEqual([]);
    expect(seqs(log, { limit: 50, tenant: "acme" })).toEqual([]);
    expect(seqs(log, { limit: 50, vendor: "fakeai", outcome: "ok", entityType: "US_SSN", from: "2026-03-05T00:00:00.000Z" })).toEqual([12, 8, 6]);
  });

  it("finds text the same way whatever its Unicode form: full-width letters, ligatures, accents, case", () => {
    const log = makeLog();
    log.append(sampleExchangeRecord(1, { redactedResponse: "ｗｉｒｅ the money to ﬁnance Ｑ３" }));
    log.append(sampleExchangeRecord(2, { redactedResponse: "wire the money to finance q3" }));
    log.append(sampleExchangeRecord(3, { redactedResponse: "Crème brûlée for the ＣＦＯ" }));
    log.appendAdminAction({ ...adminAction(4, "vendor.update"), after: { note: "ﬂagged by ＳＯＣ" } });
    expect(seqs(log, { limit: 50, text: "wire finance" })).toEqual([2, 1]);
    expect(seqs(log, { limit: 50, text: "ｗｉｒｅ ﬁnance" })).toEqual([2, 1]);
    expect(seqs(log, { limit: 50, text: "WIRE THE MONEY" })).toEqual([2, 1]);
    expect(seqs(log, { limit: 50, text: "q3" })).toEqual([2, 1]);
    expect(seqs(log, { limit: 50, text: "creme brulee cfo" })).toEqual([3]);
    expect(seqs(log, { limit: 50, text: "ＣＲÈＭＥ" })).toEqual([3]);
    expect(seqs(log, { limit: 50, text: "flagged soc" })).toEqual([4]);
    expect(seqs(log, { limit: 50, text: "fla" })).toEqual([4]);
    expect(log.verify()).toMatchObject({ ok: true, entries: 4 });
  });

  it("pages with a cursor in both orders, and iterates everything", () => {
    const log = makeLog();
    seed(log);
    const first = log.search({ limit: 5 });
    expect(first.items.map((item) => item.seq)).toEqual([12, 11, 10, 9, 8]);
    const second = log.search({ limit: 5, afterSeq: first.nextAfterSeq! });
    expect(second.items.map((item) => item.seq)).toEqual([7, 6, 5, 4, 3]);
    const third = log.search({ limit: 5, afterSeq: second.nextAfterSeq! });
    expect(third).toEqual({ items: expect.any(Array), nextAfterSeq: null });
    expect(third.items.map((item) => item.seq)).toEqual([2, 1]);
    expect(seqs(log, { limit: 3, order: "asc", afterSeq: 4, kind: "exchange" })).toEqual([6, 7, 8]);
    expect([...log.iterate({ kind: "exchange" })].map((item) => item.seq)).toEqual([1, 2, 3, 4, 6, 7, 8, 10, 11, 12]);
  });

  it("summarizes redactions and refusals per type and per day", () => {
    const log = makeLog();
    seed(log);
    const summary = log.summarize({ from: "2026-03-05T00:00:00.000Z" });
    expect(summary).toMatchObject({ entries: 7, exchanges: 6, refusals: 1, redactions: 8, perType: { US_SSN: 6, EMAIL: 2 } });
    expect(summary.perDay).toEqual([
      { day: "2026-03-05", exchanges: 1, redactions: 1, refusals: 0 },
      { day: "2026-03-06", exchanges: 1, redactions: 3, refusals: 0 },
      { day: "2026-03-07", exchanges: 1, redactions: 1, refusals: 0 },
      { day: "2026-03-08", exchanges: 1, redactions: 1, refusals: 0 },
      { day: "2026-03-09", exchanges: 1, redactions: 1, refusals: 1 },
      { day: "2026-03-10", exchanges: 1, redactions: 1, refusals: 0 },
    ]);
  });

  it("retention removes whole signed segments; the rest verifies from the signed checkpoint", () => {
    let now = new Date("2026-03-20T00:00:00.000Z");
    const log = makeLog({ now: () => now });
    seed(log);
    // Checkpoints at 4, 8 and 12. Entries before day 8 (seqs 1–9) are old; the newest
    // checkpoint entirely before the first young entry (seq 10) is 8.
    const outcome = log.applyRetention("2026-03-08T00:00:00.000Z");
    expect(outcome).toEqual({ applied: true, throughSeq: 8, removed: 8, cutoff: "2026-03-08T00:00:00.000Z" });
    expect(log.get(8)).toBeUndefined();
    expect(log.get(9)?.entry.record).toMatchObject({ action: "key.create" });
    const [retention] = log.recentAdminActions(1);
    expect(retention).toMatchObject({ action: "audit.retention", after: { throughSeq: 8, removed: 8 } });
    expect(log.verify()).toMatchObject({ ok: true, entries: 5, firstSeq: 9, lastSeq: 13, retainedAfterSeq: 8 });
    // Entry 9 is old too, but no signed checkpoint ends a segment before the first young entry.
    expect(log.applyRetention("2026-03-08T00:00:00.000Z")).toMatchObject({ applied: false, reason: "no_checkpoint" });
    expect(log.applyRetention("2026-03-01T00:00:00.000Z")).toMatchObject({ applied: false, reason: "nothing_old_enough" });
    now = new Date("2026-03-21T00:00:00.000Z");
    expect(log.applyRetention("2026-03-12T00:00:00.000Z")).toMatchObject({ applied: true, throughSeq: 12, removed: 4 });
    log.append(sampleExchangeRecord(21));
    expect(log.verify()).toMatchObject({ ok: true, firstSeq: 13, lastSeq: 15, retainedAfterSeq: 12 });
  });

  it("keeps a chain without a signer, but neither checkpoints nor removes", () => {
    const log = makeLog({ signed: false });
    seed(log);
    expect(log.publicKey).toBeNull();
    expect(log.checkpoint()).toBeUndefined();
    expect(log.applyRetention("2026-03-30T00:00:00.000Z")).toMatchObject({ applied: false, reason: "unsigned" });
    expect(log.verify()).toMatchObject({ ok: true, entries: 12, checkpoints: 0, unsignedEntries: 12 });
  });
});

describe("chain hashers", () => {
  it("node:crypto and @noble give the same link for any text", () => {
    for (const text of ["", "{}", "é — ü 🙂 \u2028", "x".repeat(70_000)]) {
      expect(nodeChainHasher(GENESIS_HASH, text)).toBe(nobleChainHasher(GENESIS_HASH, text));
      expect(nodeChainHasher("ab".repeat(32), text)).toBe(nobleChainHasher("ab".repeat(32), text));
    }
  });
});

describe("SQLite audit tables: the only way to delete is signed retention", () => {
  it("refuses deletes above the retention floor and retention records without a matching checkpoint", async () => {
    const database = freshDatabase();
    const signer = await createSodiumAuditSigner({ seed: new Uint8Array(32).fill(9) });
    let now = new Date("2026-03-20T00:00:00.000Z");
    const log = createAuditLog({ store: createSqliteAuditStore(database), signer, checkpointEvery: 4, now: () => now, hasher: nodeChainHasher });
    for (let day = 1; day <= 9; day++) log.append(sampleExchangeRecord(day));
    const insertRetention = database.prepare("INSERT INTO audit_retention (through_seq, through_hash, cutoff, time, public_key, signature) VALUES (?, ?, 'c', 't', 'k', 's')");
    expect(() => insertRetention.run(3, "0".repeat(64))).toThrow(/signed checkpoint/);
    expect(() => insertRetention.run(4, "0".repeat(64))).toThrow(/signed checkpoint/);
    expect(() => database.prepare("DELETE FROM audit_entries WHERE seq <= 4").run()).toThrow(/append-only/);

    expect(log.applyRetention("2026-03-06T00:00:00.000Z")).toMatchObject({ applied: true, throughSeq: 4, removed: 4 });
    expect(() => database.prepare("DELETE FROM audit_entries WHERE seq = 5").run()).toThrow(/append-only/);
    expect(() => database.prepare("DELETE FROM audit_retention").run()).toThrow(/append-only/);
    expect(() => database.prepare("UPDATE audit_checkpoints SET hash = 'x'").run()).toThrow(/append-only/);
    now = new Date("2026-03-21T00:00:00.000Z");
    expect(log.verify()).toMatchObject({ ok: true, firstSeq: 5, retainedAfterSeq: 4 });
  });
});

describe("SQLite search columns are checked byte for byte", () => {
  it("catches a JSON column that parses the same but that SQL reads differently (a duplicate key counted twice)", async () => {
    const database = freshDatabase();
    const signer = await createSodiumAuditSigner({ seed: new Uint8Array(32).fill(9) });
    const log = createAuditLog({ store: createSqliteAuditStore(database), signer, checkpointEvery: 4, now: () => new Date("2026-03-20T00:00:00.000Z") });
    for (let day = 1; day <= 6; day++) log.append(sampleExchangeRecord(day));
    expect(log.summarize({}).perType).toEqual({ US_SSN: 6 });
    database.exec("DROP TRIGGER audit_entries_append_only_update");
    // JSON.parse keeps the last of a duplicate key ({"US_SSN":1}); json_each, which summarize reads, returns both.
    database.prepare(`UPDATE audit_entries SET entity_counts = '{"US_SSN":-1000,"US_SSN":1}' WHERE seq = 2`).run();
    expect(log.summarize({}).redactions).toBe(-994);
    expect(log.verify()).toMatchObject({ ok: false, problem: { kind: "changed", seq: 2 } });
    database.prepare(`UPDATE audit_entries SET entity_counts = '{"US_SSN":1}', rule_ids = '[ "us-ssn" ]' WHERE seq = 2`).run();
    expect(log.verify()).toMatchObject({ ok: false, problem: { kind: "changed", seq: 2 } });
  });
});

describe("SQLite audit log on a database from before the chain", () => {
  it("chains the old exchanges and admin actions once, oldest first", () => {
    const database = freshDatabase();
    database.prepare(
      `INSERT INTO exchanges (time, request_id, key_id, endpoint, vendor, model, stream, status, http_status, latency_ms, entity_counts, redacted_request, redacted_response)
       VALUES ('2025-01-02T00:00:00.000Z', 'old-2', 'key_a', '/v1/chat/completions', 'fakeai', 'm', 1, 'ok', 200, 3.5, '{"US_SSN":1}', '{"n":2}', 'done')`,
    ).run();
    database.prepare("INSERT INTO admin_actions (time, request_id, actor_key_id, action, target, before_json, after_json) VALUES ('2025-01-01T00:00:00.000Z', 'old-1', NULL, 'key.create', 'key:key_a', 'null', '{\"name\":\"bot\"}')").run();
    const log = createSqliteExchangeLog(database);
    expect([...log.iterate({})].map((item) => [item.seq, item.entry.kind, item.entry.record.requestId])).toEqual([
      [1, "admin_action", "old-1"],
      [2, "exchange", "old-2"],
    ]);
    expect(log.recent(1)[0]).toMatchObject({ stream: true, entityCounts: { US_SSN: 1 }, redactedResponse: "done" });
    createSqliteExchangeLog(database);
    expect(log.verify()).toMatchObject({ ok: true, entries: 2 });
  });
});
