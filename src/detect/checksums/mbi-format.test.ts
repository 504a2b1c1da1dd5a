import { describe, expect, it } from "vitest";
import { isMbiValid } from "./mbi-format.ts";

describe("isMbiValid", () => {
  it("accepts identifiers that follow the CMS position rules", () => {
    for (const value of ["1EG4TE5MK73", "8KR0CQ4GR33", "4G53FU9HG04", "9X44H77QU26", "7V71U81MY05"]) expect(isMbiValid(value)).toBe(true);
  });

  it.each([
    ["0EG4TE5MK73", "position 1 is never 0"],
    ["1SG4TE5MK73", "S is excluded"],
    ["1EL4TE5MK73", "L is excluded"],
    ["1EG4OE5MK73", "O is excluded"],
    ["1EG4TE5IK73", "I is excluded"],
    ["1EG4TB5MK73", "B is excluded"],
    ["1EG4TE5MZ73", "Z is excluded"],
    ["1E14TE5MK73", "position 3 may be a digit, so this one is fine"],
  ])("%s: %s", (value, reason) => {
    expect(isMbiValid(value)).toBe(reason.endsWith("fine"));
  });

  it("rejects digits where letters belong, letters where digits belong, and other lengths", () => {
    for (const value of ["11G4TE5MK73", "1EGATE5MK73", "1EG4TE5MK7A", "1EG4TE5MK7", "1EG4TE5MK733", "1eg4te5mk73"]) {
      expect(isMbiValid(value)).toBe(false);
    }
  });
});
