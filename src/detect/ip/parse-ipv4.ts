/**
 * The four octets of a dotted-quad IPv4 address ("192.168.0.1"), or null when `value` is
 * not one: exactly four decimal parts of 1–3 digits, each at most 255, none with a leading
 * zero (inet_aton would read "010" as octal, so people do not write addresses that way).
 */
export function parseIpv4(value: string): number[] | null {
  const parts = value.split(".");
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part[0] === "0")) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    octets.push(octet);
  }
  return octets;
}
