import type { VendorRecord } from "./vendor-record.ts";
import { factsOf, type Vendor } from "./vendor-schema.ts";
import type { VendorStore } from "./vendor-store.ts";

/** What importing seed files did: vendors added, and seeds whose file no longer matches the registry. */
export interface SeedImport {
  imported: VendorRecord[];
  /** Ids whose file differs from the stored vendor. The registry wins; the caller warns. */
  drifted: string[];
}

const OPERATOR = { keyId: null, person: "operator" } as const;

/**
 * Imports seed files (`vendors/*.json`) into the registry store, each **once**: a vendor id
 * already in the store is left alone, whatever its file now says. The host's operator wrote
 * the file, so a seed comes in with its declared status and the operator as proposer (and
 * approver, when declared approved). After that the database is the source of truth, and
 * every change goes through the admin API or CLI under the two-person rule, so editing a
 * file can never approve a change behind the second admin's back.
 */
export function importSeedVendors(options: { store: VendorStore; seeds: readonly Vendor[]; now: Date }): SeedImport {
  const at = options.now.toISOString();
  const imported: VendorRecord[] = [];
  const drifted: string[] = [];
  for (const seed of options.seeds) {
    const { $schema: _schema, ...vendor } = seed;
    const stored = options.store.get(vendor.id);
    if (stored) {
      if (JSON.stringify(sorted(factsOf(stored.vendor))) !== JSON.stringify(sorted(factsOf(vendor)))) drifted.push(vendor.id);
      continue;
    }
    const approved = vendor.status === "approved";
    const record: VendorRecord = {
      vendor,
      source: "seed",
      proposedBy: OPERATOR,
      proposedAt: at,
      contributors: approved ? [] : [OPERATOR],
      approvedBy: approved ? OPERATOR : null,
      approvedAt: approved ? at : null,
      statusChangedBy: null,
      statusChangedAt: null,
      pending: null,
      version: 1,
      updatedAt: at,
    };
    if (options.store.insert(record)) imported.push(record);
  }
  return { imported, drifted };
}

/** The value with object keys sorted, so two equal entries serialise alike. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, child]) => [key, sorted(child)]));
}
