import type { RecognizerMatch } from "../types.ts";
import { formatIpv6 } from "./format-ipv6.ts";
import { parseIpv6 } from "./parse-ipv6.ts";

const MAX_LENGTH = 45;

function isHexOrColon(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /\w/.test(character);
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
    let start = colon;
    while (start > 0 && colon - start < MAX_LENGTH && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && end - start < MAX_LENGTH && isHexOrColon(text.charCodeAt(end))) end++;
    // An embedded IPv4 address: "::ffff:192.0.2.1".
    while (text[end] === "." && /\d/.test(text[end + 1] ?? "") && end - start < MAX_LENGTH) {
      end++;
      while (/\d/.test(text[end] ?? "")) end++;
    }
    searchFrom = Math.max(end, colon + 1);
    const before = text[start - 1];
    if (isWordCharacter(before) || before === "." || before === ":") continue;
    if (isWordCharacter(text[end]) || text[end] === ":" || (text[end] === "." && /\d/.test(text[end + 1] ?? ""))) continue;
    const candidate = text.slice(start, end);
    // Times and ratios ("17:35:58") have too few groups to be worth parsing.
    if (!candidate.includes("::") && candidate.split(":").length < 7) continue;
    const groups = parseIpv6(candidate);
    // "a::b"-like scraps are rarely addresses: ask for two written groups and a digit.
    if (!groups || candidate.split(":").filter(Boolean).length < 2 || !/\d/.test(candidate)) continue;
    matches.push({ start, end, canonical: formatIpv6(groups), score });
  }
  return matches;
}
