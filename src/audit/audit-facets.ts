import type { AuditEntry } from "./audit-entry.ts";

/**
 * The searchable fields of an entry, which a store may keep in columns of their own so
 * searches need not parse every entry. They are derived from the hashed entry, and
 * verification re-derives and compares them, so an edited column is caught like an edited entry.
 */
export interface AuditFacets {
  kind: AuditEntry["kind"];
  time: string;
  keyId: string | null;
  vendor: string | null;
  model: string | null;
  status: string | null;
  tenant: string | null;
  entityCounts: Record<string, number>;
  ruleIds: string[];
}

export function auditFacets(entry: AuditEntry): AuditFacets {
  const tenant = (entry.record as unknown as Record<string, unknown>).tenant;
  const common = { kind: entry.kind, time: entry.record.time, tenant: typeof tenant === "string" ? tenant : null };
  if (entry.kind === "admin_action") {
    return { ...common, keyId: entry.record.actorKeyId, vendor: null, model: null, status: null, entityCounts: {}, ruleIds: [] };
  }
  const { record } = entry;
  const ruleIds = [...new Set([...(record.ruleIds ?? []), ...(record.findingRules ?? []).map((finding) => finding.rule)])].sort();
  return { ...common, keyId: record.keyId, vendor: record.vendor, model: record.model, status: record.status, entityCounts: record.entityCounts, ruleIds };
}
