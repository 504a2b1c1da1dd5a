import { describe, expect, it } from "vitest";
import { digitsBetween } from "./digits-between.ts";

describe("digitsBetween", () => {
  it("keeps the digits of the range, in order", () => {
    expect(digitsBetween("call 1 (617) 527-3490 now", 5, 21)).toBe("16175273490");
    expect(digitsBetween("x4111111111111111y", 1, 17)).toBe("4111111111111111");
  });

  it("gives an empty string for a range without digits", () => {
    expect(digitsBetween("a - b", 0, 5)).toBe("");
    expect(digitsBetween("123", 1, 1)).toBe("");
  });
});
