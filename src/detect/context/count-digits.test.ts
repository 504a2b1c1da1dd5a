import { describe, expect, it } from "vitest";
import { countDigits } from "./count-digits.ts";

describe("countDigits", () => {
  it("counts ASCII digits only", () => {
    expect(countDigits("")).toBe(0);
    expect(countDigits("W173499204")).toBe(9);
    expect(countDigits("TW-72/49 ٣")).toBe(4);
  });
});
