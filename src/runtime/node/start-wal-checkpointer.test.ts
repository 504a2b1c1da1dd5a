import { afterEach, describe, expect, it } from "vitest";
import { freshDatabase } from "../../../test/support/fresh-database.ts";
import { startWalCheckpointer, type WalCheckpointer } from "./start-wal-checkpointer.ts";

const HOUR_MS = 3_600_000;
let running: WalCheckpointer | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe("startWalCheckpointer", () => {
  it("raises the serving connection's own checkpoint threshold to a fallback", () => {
    const database = freshDatabase();
    running = startWalCheckpointer(database, { intervalMs: HOUR_MS, fallbackPages: 5000, onError: () => {} });
    expect(database.pragma("wal_autocheckpoint", { simple: true })).toBe(5000);
  });

  it("copies every committed page of the log into the database file on its own connection", async () => {
    const database = freshDatabase();
    running = startWalCheckpointer(database, { intervalMs: HOUR_MS, onError: () => {} });
    database.exec("CREATE TABLE notes (text TEXT)");
    const insert = database.prepare("INSERT INTO notes (text) VALUES (?)");
    for (let index = 0; index < 50; index++) insert.run("x".repeat(4000));

    const result = await running.checkpoint();
    expect(result.busy).toBe(false);
    expect(result.logPages).toBeGreaterThan(0);
    expect(result.checkpointedPages).toBe(result.logPages);
    // Nothing was lost on the way: the serving connection still reads every row.
    expect(database.prepare("SELECT count(*) AS rows FROM notes").get()).toEqual({ rows: 50 });
  });

  it("refuses to checkpoint once stopped", async () => {
    const database = freshDatabase();
    const checkpointer = startWalCheckpointer(database, { intervalMs: HOUR_MS, onError: () => {} });
    await checkpointer.stop();
    await expect(checkpointer.checkpoint()).rejects.toThrow("stopped");
  });
});
