import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./create-group-commit.ts";

/** A schedule the test runs by hand, so "the same burst" is explicit. */
const manualSchedule = () => {
  const flushes: Array<() => void> = [];
  return { schedule: (flush: () => void) => void flushes.push(flush), runNext: () => flushes.shift()!(), pending: () => flushes.length };
};

describe("createGroupCommit", () => {
  it("commits the items added before the flush in one call, in order, and resolves each caller after it", async () => {
    const commits: string[][] = [];
    const timing = manualSchedule();
    const commit = createGroupCommit<string>({ commit: (items) => void commits.push([...items]), schedule: timing.schedule });
    const settled: string[] = [];
    const first = commit("a").then(() => settled.push("a"));
    const second = commit("b").then(() => settled.push("b"));
    expect(timing.pending()).toBe(1);
    await Promise.resolve();
    expect(settled).toEqual([]);
    timing.runNext();
    await Promise.all([first, second]);
    expect(commits).toEqual([["a", "b"]]);
    expect(settled).toEqual(["a", "b"]);
  });

  it("starts a new group for items that arrive after a flush", async () => {
    const commits: string[][] = [];
    const timing = manualSchedule();
    const commit = createGroupCommit<string>({ commit: (items) => void commits.push([...items]), schedule: timing.schedule });
    const first = commit("a");
    timing.runNext();
    const second = commit("b");
    timing.runNext();
    await Promise.all([first, second]);
    expect(commits).toEqual([["a"], ["b"]]);
  });

  it("rejects every caller of a group whose commit throws, and the next group still commits", async () => {
    const timing = manualSchedule();
    let fail = true;
    const committed: string[] = [];
    const commit = createGroupCommit<string>({
      commit(items) {
        if (fail) throw new Error("disk full");
        committed.push(...items);
      },
      schedule: timing.schedule,
    });
    const group = [commit("a"), commit("b"), commit("c")];
    timing.runNext();
    const outcomes = await Promise.allSettled(group);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason.message)).toEqual(["disk full", "disk full", "disk full"]);
    fail = false;
    const later = commit("d");
    timing.runNext();
    await later;
    expect(committed).toEqual(["d"]);
  });
});
