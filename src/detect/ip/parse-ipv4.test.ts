import { describe, expect, it } from "vitest";
import { parseIpv4 } from "./parse-ipv4.ts";

describe("parseIpv4", () => {
  it("reads four octets of at most 255", () => {
    expect(parseIpv4("192.168.0.1")).toEqual([192, 168, 0, 1]);
    expect(parseIpv4("255.255.255.255")).toEqual([255, 255, 255, 255]);
    expect(parseIpv4("8.8.8.8")).toEqual([8, 8, 8, 8]);
  });

  it("rejects octets over 255, leading zeros and other part counts", () => {
    for (const value of ["256.1.1.1", "1.2.3.999", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1..2.3", "a.b.c.d", "1.2.3.4 "]) {
      expect(parseIpv4(value)).toBeNull();
    }
  });
});
