import { describe, expect, it } from "vitest";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "./json-depth.ts";

const nested = (depth: number): string => "[".repeat(depth) + "]".repeat(depth);

describe("jsonNestsDeeperThan", () => {
  it("counts objects and arrays, not brackets inside strings", () => {
    expect(jsonNestsDeeperThan('"x"', 0)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":1}', 0)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":[{"b":"c"}]}', 3)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[{"b":"c"}]}', 2)).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":"${"[{".repeat(100)} \\" ["}`, 1)).toBe(false);
  });

  it("draws the line at MAX_JSON_DEPTH, and scans any depth without recursing", () => {
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(jsonNestsDeeperThan(nested(200_000), MAX_JSON_DEPTH)).toBe(true);
  });
});
