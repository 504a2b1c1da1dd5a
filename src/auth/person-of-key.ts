import type { KeyRecord } from "./key-store.ts";

/**
 * Who a key acts for, in the two-person rule: the key itself, unless it is an admin key
 * that another admin key created through the admin API, in which case it acts for its
 * creator (followed up the chain). One admin minting a second admin key therefore cannot
 * approve their own proposal with it. Admin keys for different people come from the host's
 * operator (`veilgate keys create --role admin`) or the bootstrap key, which have no creator.
 */
export function personOfKey(keys: readonly KeyRecord[], keyId: string): string {
  const byId = new Map(keys.map((key) => [key.id, key]));
  let current = byId.get(keyId);
  const seen = new Set<string>();
  while (current && current.role === "admin" && current.createdBy && !seen.has(current.id)) {
    seen.add(current.id);
    const creator = byId.get(current.createdBy);
    if (!creator || creator.role !== "admin") break;
    current = creator;
  }
  return current?.id ?? keyId;
}
