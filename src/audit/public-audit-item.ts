import type { AuditItem } from "./audit-entry.ts";

/**
 * An entry as the API, the console and exports show it: position, hash, kind and record,
 * without the sealed value map (whose presence is all that is said about it).
 */
export interface PublicAuditItem {
  seq: number;
  hash: string;
  kind: AuditItem["entry"]["kind"];
  record: Record<string, unknown>;
  /** Break-glass: whether this exchange kept a sealed value map that can be revealed. */
  revealable: boolean;
}

export function toPublicAuditItem(item: AuditItem): PublicAuditItem {
  const { sealedValueMap, ...record } = item.entry.record as unknown as Record<string, unknown>;
  return { seq: item.seq, hash: item.hash, kind: item.entry.kind, record, revealable: typeof sealedValueMap === "string" };
}
