import { isDigitCode } from "../char-codes.ts";
import type { RecognizerMatch } from "../types.ts";
import { formatIpv6 } from "./format-ipv6.ts";
import { parseIpv6 } from "./parse-ipv6.ts";

const MAX_LENGTH = 45;

function isHexOrColon(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function colonsIn(text: string, start: number, end: number): number {
  let colons = 0;
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 58) colons++;
  return colons;
}

/**
 * IPv6 addresses in `text`, found from each colon outwards: the run of hex digits and
 * colons around it (and a trailing dotted quad) is parsed as a whole, and must not sit
 * inside a word or a longer run. Each run is read once, so the scan is linear.
 * Canonical form: RFC 5952.
 */
export function findIpv6Addresses(text: string, score: number): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  let searchFrom = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", searchFrom)) {
    searchFrom = colon + 1;
    // In an address a colon is followed by a group or a colon, never by a space ("Name: …").
    if (!isHexOrColon(text.charCodeAt(colon + 1))) continue;
    let start = colon;
    while (start > 0 && colon - start < MAX_LENGTH && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && end - start < MAX_LENGTH && isHexOrColon(text.charCodeAt(end))) end++;
    // An embedded IPv4 address: "::ffff:192.0.2.1".
    while (text.charCodeAt(end) === 46 && isDigitCode(text.charCodeAt(end + 1)) && end - start < MAX_LENGTH) {
      end++;
      while (isDigitCode(text.charCodeAt(end))) end++;
    }
    searchFrom = Math.max(end, colon + 1);
    // "Name: value" has one colon and a time "17:35:58" too few groups: skip them cheaply.
    const colons = colonsIn(text, start, end);
    if (colons < 2 || (colons < 6 && !text.slice(start, end).includes("::"))) continue;
    const before = text.charCodeAt(start - 1);
    if (isWordCharacter(before) || before === 46 || before === 58) continue;
    const after = text.charCodeAt(end);
    if (isWordCharacter(after) || after === 58 || (after === 46 && isDigitCode(text.charCodeAt(end + 1)))) continue;
    const candidate = text.slice(start, end);
    // A network prefix ("2001:db8::/32") is a range, not someone's address, as "10.0.0.0/8" is.
    if (after === 47 && candidate.endsWith("::")) continue;
    const groups = parseIpv6(candidate);
    // "a::b" or "42:17:3::9" are rarely addresses: ask for two written groups, a digit,
    // and one group of three or more characters, as every routed prefix (2001:, fe80:) has.
    const written = candidate.split(":").filter(Boolean);
    if (!groups || written.length < 2 || !/\d/.test(candidate) || !written.some((group) => group.length >= 3)) continue;
    matches.push({ start, end, canonical: formatIpv6(groups), score });
  }
  return matches;
}
