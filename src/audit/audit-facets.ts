import type { AuditEntry } from "./audit-entry.ts";
import { canonicalJson } from "./canonical-json.ts";

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

/**
 * The facets exactly as a store keeps them in columns: the JSON-valued ones as their
 * canonical JSON text. Verification compares these strings byte for byte with the ones
 * derived from the hashed entry, so a column that parses to the same value but reads
 * differently in SQL (a duplicate key, say, which json_each counts twice) is caught too.
 */
export interface FacetColumns extends Omit<AuditFacets, "entityCounts" | "ruleIds"> {
  /** canonicalJson(entityCounts). */
  entityCounts: string;
  /** canonicalJson(ruleIds). */
  ruleIds: string;
}

export function facetColumns(facets: AuditFacets): FacetColumns {
  return { ...facets, entityCounts: canonicalJson(facets.entityCounts), ruleIds: canonicalJson(facets.ruleIds) };
}

const FACET_COLUMN_NAMES = ["kind", "time", "keyId", "vendor", "model", "status", "tenant", "entityCounts", "ruleIds"] as const satisfies ReadonlyArray<keyof FacetColumns>;

/** Whether two sets of columns hold the same bytes (or nulls), column by column. */
export function sameFacetColumns(left: FacetColumns, right: FacetColumns): boolean {
  return FACET_COLUMN_NAMES.every((name) => left[name] === right[name]);
}
