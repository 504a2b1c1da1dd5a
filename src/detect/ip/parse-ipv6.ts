import { parseIpv4 } from "./parse-ipv4.ts";

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Groups of one side of "::" (or of the whole address), or null when one is malformed. */
function parseGroups(side: string, allowIpv4Tail: boolean): number[] | null {
  if (side === "") return [];
  const parts = side.split(":");
  const groups: number[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? "";
    if (allowIpv4Tail && index === parts.length - 1 && part.includes(".")) {
      // An embedded IPv4 address ("::ffff:192.0.2.1") stands for the last two groups.
      const octets = parseIpv4(part);
      if (!octets) return null;
      groups.push(((octets[0] ?? 0) << 8) | (octets[1] ?? 0), ((octets[2] ?? 0) << 8) | (octets[3] ?? 0));
    } else if (HEX_GROUP.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

/**
 * The eight 16-bit groups of an IPv6 address in text form (RFC 4291 §2.2): eight hex
 * groups, or fewer with one "::" standing for at least one zero group, optionally ending
 * in an embedded dotted-quad IPv4 address. Null when `value` is not such an address.
 */
export function parseIpv6(value: string): number[] | null {
  const halves = value.split("::");
  if (halves.length > 2) return null;
  if (halves.length === 1) {
    const groups = parseGroups(value, true);
    return groups && groups.length === 8 ? groups : null;
  }
  const head = parseGroups(halves[0] ?? "", false);
  const tail = parseGroups(halves[1] ?? "", true);
  if (!head || !tail || head.length + tail.length > 7) return null;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}
