import { describe, expect, it } from "vitest";
import { formatIpv6 } from "./format-ipv6.ts";
import { parseIpv6 } from "./parse-ipv6.ts";

const canonical = (value: string) => {
  const groups = parseIpv6(value);
  return groups ? formatIpv6(groups) : null;
};

describe("parseIpv6 and formatIpv6", () => {
  it.each([
    ["2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329"],
    ["2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329"],
    ["2001:DB8::1", "2001:db8::1"],
    ["::1", "::1"],
    ["::", "::"],
    ["fe80::", "fe80::"],
    ["::ffff:192.0.2.128", "::ffff:c000:280"],
    ["64:ff9b::192.0.2.33", "64:ff9b::c000:221"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["240e:8:28:9c5:65:26:b:ae", "240e:8:28:9c5:65:26:b:ae"],
  ])("reads %s as %s", (value, expected) => {
    expect(canonical(value)).toBe(expected);
  });

  it.each([
    "2001:db8::1::2",
    "2001:db8:1:2:3:4:5",
    "2001:db8:1:2:3:4:5:6:7",
    "2001:db8::12345",
    "2001:db8::g",
    "1:2:3:4:5:6:7::8:9",
    "::ffff:256.0.0.1",
    "::192.0.2.1:1",
    "12:30:45",
    "00:1a:2b:3c:4d:5e",
    "",
  ])("rejects %s", (value) => {
    expect(parseIpv6(value)).toBeNull();
  });
});
