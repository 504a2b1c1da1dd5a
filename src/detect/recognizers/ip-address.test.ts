import { describe, expect, it } from "vitest";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { ipAddressRecognizer } from "./ip-address.ts";

const find = (text: string) => findValues(ipAddressRecognizer, text);

describe("ipAddressRecognizer", () => {
  it.each([
    ["The login from 37.254.104.35 wasn't me.", "37.254.104.35", "37.254.104.35"],
    ["X-Forwarded-For: 108.123.181.164\n", "108.123.181.164", "108.123.181.164"],
    ["ip=10.0.0.1:8080", "10.0.0.1", "10.0.0.1"],
    ["client 192.168.1.7/32", "192.168.1.7", "192.168.1.7"],
    ["whitelist 2600:999d:5b5::64e:cf8.", "2600:999d:5b5::64e:cf8", "2600:999d:5b5::64e:cf8"],
    ["X-Forwarded-For: 240e:8:28:9c5:65:26:b:ae", "240e:8:28:9c5:65:26:b:ae", "240e:8:28:9c5:65:26:b:ae"],
    ["host [2001:DB8:0:0:0:0:0:1]:443", "2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["mapped ::ffff:192.0.2.128 here", "::ffff:192.0.2.128", "::ffff:c000:280"],
    ["ip: １９２．１６８．０．１", "１９２．１６８．０．１", "192.168.0.1"],
  ])("in %j finds %s", (text, value, canonical) => {
    expect(find(text)).toEqual([{ value, canonical }]);
  });

  it("rejects out-of-range octets, leading zeros, and non-addresses", () => {
    for (const text of [
      "256.1.1.1",
      "1.2.3.999",
      "01.02.03.04",
      "0.0.0.0",
      "netmask 255.255.255.0",
      "subnet 192.168.1.0/24",
      "1.2.3.4.5",
      "at 12:30:45",
      "mac 00:1a:2b:3c:4d:5e",
      "std::vector",
      "a::b",
      "ratio 2001:db8",
      "2001:db8::1::2",
      "error at 42:17:3::9",
    ]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("reads dotted quads after a version word as versions", () => {
    for (const text of ["v1.2.3.4", "version 1.2.3.4", "Upgraded to 10.2.0.15", "SDK 4.1.2.9", "see section 2.1.3.4", '"appVersion": "1.2.3.4"']) {
      expect(find(text)).toEqual([]);
    }
  });

  it("reads a quad of small parts as a section or version number unless an IP word is near", () => {
    expect(find("defined in [11.6.2.1](http://example.com)")).toEqual([]);
    expect(find("For example, `1.2.3.4-rc.1` sorts first")).toEqual([]);
    expect(find("DNS server 1.1.1.1").map((found) => found.value)).toEqual(["1.1.1.1"]);
  });

  it("finds a quad of small parts written as a host or after a network command", () => {
    for (const [text, value] of [
      ["ping 8.8.8.8 from the office", "8.8.8.8"],
      ["open http://10.1.2.3/admin", "10.1.2.3"],
      ["ssh root@10.0.0.5", "10.0.0.5"],
      ["listening on 10.1.2.3:8080", "10.1.2.3"],
      ["nameserver 1.1.1.1", "1.1.1.1"],
    ]) {
      expect(find(text ?? "").map((found) => found.value)).toEqual([value]);
    }
    for (const text of ["see section 1.2.3.4:5", "release 1.2.3.4: notes", "chapter 1.2.3.4/5"]) expect(find(text)).toEqual([]);
  });

  it("reads an IPv6 network prefix as a range, and a host with a prefix length as a host", () => {
    expect(find("ALLOW from 172.16.0.0/12 and 2001:db8::/32")).toEqual([]);
    expect(find("route 2001:db8::1/64").map((found) => found.value)).toEqual(["2001:db8::1"]);
  });

  it("still finds an address near a version word when an IP word is nearer", () => {
    expect(find("after the upgrade, host ip 10.1.2.3 is down").map((found) => found.value)).toEqual(["10.1.2.3"]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs(["1.1.1.", "a:", "::", "ab:cd:", "1.1.1.1.", "fe80::1:", "version 1.1.1.1 "]);
    inputs.push(repeatToMegabyte("f"), `${"1:".repeat(500_000)}1`);
    for (const text of inputs) expect(Array.isArray(find(text))).toBe(true);
  });
});
