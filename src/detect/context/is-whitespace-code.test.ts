import { describe, expect, it } from "vitest";
import { isWhitespaceCode } from "./is-whitespace-code.ts";

describe("isWhitespaceCode", () => {
  it("agrees with the regex class \\s on every UTF-16 code unit", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it("is false past the end of a text (NaN)", () => {
    expect(isWhitespaceCode(Number.NaN)).toBe(false);
  });
});
