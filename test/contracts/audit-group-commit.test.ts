import { beforeAll, describe, expect, it } from "vitest";
import type { AuditSigner } from "../../src/audit/audit-signer.ts";
import type { AuditStore } from "../../src/audit/audit-store.ts";
import { createAuditLog } from "../../src/audit/create-audit-log.ts";
import { createMemoryAuditStore } from "../../src/audit/create-memory-audit-store.ts";
import { createSodiumAuditSigner } from "../../src/runtime/node/create-sodium-audit-signer.ts";
import { createSqliteAuditStore } from "../../src/runtime/node/create-sqlite-audit-store.ts";
import { createSqliteExchangeLog } from "../../src/runtime/node/create-sqlite-exchange-log.ts";
import { nodeChainHasher } from "../../src/runtime/node/node-chain-hasher.ts";
import { freshDatabase } from "../support/fresh-database.ts";
import { sampleExchangeRecord } from "../support/sample-exchange-record.ts";

/** The store, with a count of its group transactions and a switch that makes the next group fail part-way. */
function instrument(store: AuditStore) {
  const groups: number[] = [];
  let failNextGroup = false;
  const instrumented: AuditStore = {
    ...store,
    appendMany(build) {
      return store.appendMany((head) => {
        const entries = build(head);
        groups.push(entries.length);
        if (!failNextGroup) return entries;
        failNextGroup = false;
        // A duplicate position after valid entries: the store must refuse it and keep none of the group.
        return [...entries, { ...entries[0]! }];
      });
    },
  };
  return { store: instrumented, groups, failNextGroup: () => void (failNextGroup = true) };
}

describe.each([
  ["memory", () => createMemoryAuditStore()],
  ["sqlite", () => createSqliteAuditStore(freshDatabase())],
] as Array<[string, () => AuditStore]>)("AuditLog group commit: %s store", (_, makeStore) => {
  let signer: AuditSigner;
  beforeAll(async () => {
    signer = await createSodiumAuditSigner({ seed: new Uint8Array(32).fill(7) });
  });
  const makeLog = () => {
    const instrumented = instrument(makeStore());
    const log = createAuditLog({ store: instrumented.store, signer, checkpointEvery: 4, hasher: nodeChainHasher });
    return { log, ...instrumented };
  };

  it("stores appends that arrive together in one transaction, chained in arrival order", async () => {
    const { log, groups } = makeLog();
    await Promise.all([1, 2, 3, 4, 5, 6].map((index) => log.appendGrouped(sampleExchangeRecord(index))));
    expect(groups).toEqual([6]);
    expect(log.recent(10).map((record) => record.requestId)).toEqual([6, 5, 4, 3, 2, 1].map((index) => `request-${index}`));
    // The checkpoint due inside the group (every 4 entries) is signed.
    expect(log.checkpoints().map((checkpoint) => checkpoint.seq)).toEqual([4]);
    expect(log.verify()).toMatchObject({ ok: true, entries: 6 });
  });

  it("fails every record of a group that cannot be stored, keeps none of it, and chains on from the old head", async () => {
    const { log, groups, failNextGroup } = makeLog();
    await log.appendGrouped(sampleExchangeRecord(1));
    failNextGroup();
    const outcomes = await Promise.allSettled([2, 3, 4].map((index) => log.appendGrouped(sampleExchangeRecord(index))));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(log.recent(10).map((record) => record.requestId)).toEqual(["request-1"]);
    await Promise.all([5, 6].map((index) => log.appendGrouped(sampleExchangeRecord(index))));
    expect(groups).toEqual([1, 3, 2]);
    expect(log.recent(10).map((record) => record.seq)).toEqual([3, 2, 1]);
    expect(log.verify()).toMatchObject({ ok: true, entries: 3 });
  });

  it("refuses a record that cannot be chained on its own, without failing the others of its group", async () => {
    const { log, groups } = makeLog();
    const outcomes = await Promise.allSettled([
      log.appendGrouped(sampleExchangeRecord(1)),
      log.appendGrouped({ ...sampleExchangeRecord(2), latencyMs: Number.NaN }),
      log.appendGrouped(sampleExchangeRecord(3)),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(groups).toEqual([2]);
    expect(log.verify()).toMatchObject({ ok: true, entries: 2 });
  });
});

describe("SQLite exchange log group commit", () => {
  it("resolves only once the record is in the database", async () => {
    const database = freshDatabase();
    const log = createSqliteExchangeLog(database);
    const count = () => database.prepare<[], { count: number }>("SELECT count(*) AS count FROM audit_entries").get()!.count;
    const appended = log.appendGrouped(sampleExchangeRecord(1));
    expect(count()).toBe(0);
    await appended;
    expect(count()).toBe(1);
  });
});
