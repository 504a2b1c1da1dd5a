import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { FOUR_DOTTED_GROUPS, mayHaveShape } from "../context/text-shapes.ts";
import { findIpv6Addresses } from "../ip/find-ipv6-addresses.ts";
import { parseIpv4 } from "../ip/parse-ipv4.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Four dot-separated numbers standing alone: not after a letter ("v1.2.3.4"), a digit or a
// dot, and not continued by a fifth part. The octets are checked by parsing, not here.
// Nor by a pre-release or build suffix ("1.2.3.4-rc.1", "1.2.3.4+build").
const DOTTED_QUAD = /\d(?<![\w.]\d)\d{0,2}(?:\.\d{1,3}){3}(?!\w|\.\d|-[A-Za-z]|\+\w)/g;
// Without a look-behind the engine skips ahead fast: a cheap test before the real scan.
const MAY_HOLD_QUAD = /\d\.\d{1,3}\.\d{1,3}\.\d/;
// Four-part versions ("version 1.2.3.4", "SDK 2.0.1.5") and section numbers look like IPv4.
const VERSION_CONTEXT: ContextRule = {
  pattern: contextPattern([
    ...["version*", "ver", "release*", "build", "firmware", "sdk", "upgrad*", "bump*", "dependenc*"],
    ...["package", "library", "rev", "revision", "patch*", "semver", "section*", "chapter", "clause"],
    ...["paragraph", "figure", "table", "step", "oid", "§"],
  ]),
  before: 30,
  after: 0,
};
const IP_CONTEXT: ContextRule = {
  pattern: contextPattern([
    ...["ip*", "host*", "server", "remote", "forwarded", "whitelist*", "allowlist*", "gateway", "dns", "subnet"],
    ...["proxy", "connect*", "login*", "logged", "peer", "addr"],
    // Network commands and settings a developer pastes: "ping 8.8.8.8", "nameserver 1.1.1.1".
    ...["ping", "ssh", "traceroute", "nslookup", "nameserver", "resolver", "router", "firewall", "vpn", "inet"],
  ]),
  before: 30,
  after: 0,
  columns: false,
};

/** Above phone readings of the same digits; IP addresses have no checksum to score higher. */
const SCORE = 0.85;

/** A dotted quad that is an address: not 0.x.x.x or a netmask / broadcast (255.x.x.x). */
function isHostAddress(octets: readonly number[]): boolean {
  return octets[0] !== 0 && octets[0] !== 255;
}

/**
 * Section and version numbers ("11.6.2.1", "1.2.3.4") are made of small parts; a person's
 * address almost never is (all four octets below 20: about one in 27,000), so such a quad
 * counts only next to an IP word.
 */
function looksLikeSectionNumber(octets: readonly number[]): boolean {
  return octets.every((octet) => octet < 20);
}

// Where a quad is written as a host, a version never is: after "//" or "@" ("http://10.1.2.3",
// "root@10.1.2.3") or before a port (":8080").
const PORT_AFTER = /^:\d{2,5}(?!\d)/;

/** Whether the quad at [start, end) is written as a host: a URL's or login's, or with a port. */
function isWrittenAsHost(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 64 || (before === 47 && text.charCodeAt(start - 2) === 47)) return true;
  return text.charCodeAt(end) === 58 && PORT_AFTER.test(text.slice(end, end + 7));
}

/** Whether [start, end) lies inside one of the first `count` findings (the IPv6 ones). */
function isInsideIpv6(matches: readonly RecognizerMatch[], count: number, start: number, end: number): boolean {
  for (let index = 0; index < count; index++) {
    const span = matches[index] as RecognizerMatch;
    if (span.start <= start && span.end >= end) return true;
  }
  return false;
}

/**
 * IP addresses, parsed rather than pattern-matched: IPv4 dotted quads with every octet at
 * most 255 (no leading zeros), and IPv6 in full, "::"-compressed or IPv4-embedded form
 * (canonical: RFC 5952). A dotted quad after a version or section word, or of small parts
 * only, is a version number unless an IP word is also near ("upgrade host 10.1.2.3", "ping
 * 8.8.8.8") or it is written as a host ("http://10.1.2.3", "root@10.1.2.3", "10.1.2.3:8080").
 */
export const ipAddressRecognizer: Recognizer = {
  id: "ip-address",
  type: "IP_ADDRESS",
  find(input: NormalizedText): RecognizerMatch[] {
    const text = input.text;
    const matches = findIpv6Addresses(text, SCORE);
    const ipv6Count = matches.length;
    DOTTED_QUAD.lastIndex = 0;
    const mayHoldQuad = mayHaveShape(input, FOUR_DOTTED_GROUPS) && MAY_HOLD_QUAD.test(text);
    for (let match = mayHoldQuad ? DOTTED_QUAD.exec(text) : null; match; match = DOTTED_QUAD.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const octets = parseIpv4(match[0]);
      // A network in CIDR notation ("10.0.0.0/8") is a range, not someone's address.
      if (!octets || !isHostAddress(octets) || (octets[3] === 0 && text[end] === "/")) continue;
      // The tail of an IPv4-embedded IPv6 address is already part of that finding.
      if (isInsideIpv6(matches, ipv6Count, start, end)) continue;
      const versionLike = looksLikeSectionNumber(octets) || hasContext(input, start, end, VERSION_CONTEXT);
      if (versionLike && !isWrittenAsHost(text, start, end) && !hasContext(input, start, end, IP_CONTEXT)) continue;
      matches.push({ start, end, canonical: octets.join("."), score: SCORE });
    }
    return matches.length > 1 ? matches.sort((left, right) => left.start - right.start) : matches;
  },
};
