import { describe, expect, it } from "vitest";
import { isItinValid } from "./itin-groups.ts";

describe("isItinValid", () => {
  it("accepts every issued group range", () => {
    for (const group of ["50", "65", "70", "88", "90", "92", "94", "99"]) expect(isItinValid(`912${group}3456`)).toBe(true);
  });

  it("rejects groups the IRS does not issue and numbers not starting with 9", () => {
    for (const group of ["00", "49", "66", "69", "89", "93"]) expect(isItinValid(`912${group}3456`)).toBe(false);
    expect(isItinValid("812703456")).toBe(false);
    expect(isItinValid("91270345")).toBe(false);
    expect(isItinValid("912-70-3456")).toBe(false);
  });
});
