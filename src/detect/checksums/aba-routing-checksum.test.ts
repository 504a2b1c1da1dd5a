import { describe, expect, it } from "vitest";
import { isAbaRoutingValid } from "./aba-routing-checksum.ts";

describe("isAbaRoutingValid", () => {
  it("accepts real routing numbers", () => {
    for (const value of ["021000021", "011000015", "026009593", "121000358", "322271627", "091000019"]) {
      expect(isAbaRoutingValid(value)).toBe(true);
    }
  });

  it("rejects a bad checksum", () => {
    expect(isAbaRoutingValid("021000022")).toBe(false);
    expect(isAbaRoutingValid("123456789")).toBe(false);
  });

  it("rejects prefixes the Federal Reserve does not use, even with a good checksum", () => {
    // 13 and 50 are unassigned; the checksums below are otherwise valid.
    expect(isAbaRoutingValid("131000021")).toBe(false);
    expect(isAbaRoutingValid("501000004")).toBe(false);
  });

  it("rejects anything but nine digits", () => {
    expect(isAbaRoutingValid("02100002")).toBe(false);
    expect(isAbaRoutingValid("0210000210")).toBe(false);
    expect(isAbaRoutingValid("02100002a")).toBe(false);
  });
});
