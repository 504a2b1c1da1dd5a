import { describe, expect, it } from "vitest";
import { createMemoryExchangeLog } from "../../src/audit/create-memory-exchange-log.ts";
import type { AuditLog } from "../../src/audit/audit-log.ts";
import type { ExchangeRecord } from "../../src/audit/exchange-record.ts";
import { createClientKey } from "../../src/auth/create-client-key.ts";
import { createMemoryKeyStore, type KeyStore } from "../../src/auth/key-store.ts";
import { createSqliteExchangeLog } from "../../src/runtime/node/create-sqlite-exchange-log.ts";
import { createSqliteKeyStore } from "../../src/runtime/node/create-sqlite-key-store.ts";
import { freshDatabase } from "../support/fresh-database.ts";

/** One contract, every adapter: memory and SQLite must behave alike. */
describe.each([
  ["memory", () => createMemoryKeyStore()],
  ["sqlite", () => createSqliteKeyStore(freshDatabase())],
] as Array<[string, () => KeyStore]>)("KeyStore contract: %s", (_, makeStore) => {
  it("stores a hash, finds by it, lists and revokes once", () => {
    const store = makeStore();
    const { record, secret } = createClientKey(store, { name: "bot", vendors: ["a", "b"] });
    expect(JSON.stringify(store.list())).not.toContain(secret);
    expect(store.findByHash(record.hash)).toEqual(record);
    expect(store.findByHash("0".repeat(64))).toBeUndefined();
    expect(store.list()).toEqual([record]);
    expect(store.revoke(record.id, "2026-01-01T00:00:00.000Z")).toBe(true);
    expect(store.revoke(record.id, "2026-01-02T00:00:00.000Z")).toBe(false);
    expect(store.revoke("key_missing", "2026-01-02T00:00:00.000Z")).toBe(false);
    expect(store.findByHash(record.hash)?.revokedAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("keeps null vendors as 'every vendor'", () => {
    const store = makeStore();
    const { record } = createClientKey(store, { name: "all" });
    expect(store.findByHash(record.hash)?.vendors).toBeNull();
  });
});

const record = (index: number): ExchangeRecord => ({
  time: `2026-01-01T00:00:0${index}.000Z`,
  requestId: `request-${index}`,
  keyId: index % 2 ? "key_1" : null,
  endpoint: "/v1/chat/completions",
  vendor: "fakeai",
  model: "m",
  stream: index % 2 === 0,
  status: "ok",
  httpStatus: 200,
  latencyMs: 1.5,
  entityCounts: { US_SSN: index },
  redactedRequest: `{"n":${index}}`,
  redactedResponse: null,
});

describe.each([
  ["memory", () => createMemoryExchangeLog()],
  ["sqlite", () => createSqliteExchangeLog(freshDatabase())],
] as Array<[string, () => AuditLog]>)("ExchangeLog contract: %s", (_, makeLog) => {
  it("appends and reads back newest first, unchanged", () => {
    const log = makeLog();
    for (const index of [1, 2, 3]) log.append(record(index));
    expect(log.recent(2)).toEqual([{ ...record(3), seq: 3 }, { ...record(2), seq: 2 }]);
    expect(log.recent(10)).toHaveLength(3);
  });
});

describe("SQLite exchange log", () => {
  it("refuses UPDATE and DELETE: the log is append-only", () => {
    const database = freshDatabase();
    createSqliteExchangeLog(database).append(record(1));
    expect(() => database.prepare("UPDATE audit_entries SET status = 'edited'").run()).toThrow(/append-only/);
    expect(() => database.prepare("DELETE FROM audit_entries").run()).toThrow(/append-only/);
  });

  it("runs in WAL mode", () => {
    expect(freshDatabase().pragma("journal_mode", { simple: true })).toBe("wal");
  });
});
