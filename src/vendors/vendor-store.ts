import type { VendorRecord } from "./vendor-record.ts";

/** Storage port for the vendor registry; adapters live in runtime/. */
export interface VendorStore {
  list(): VendorRecord[];
  get(id: string): VendorRecord | undefined;
  /** Adds a vendor; false when one with that id exists. */
  insert(record: VendorRecord): boolean;
  /**
   * Replaces a vendor if its stored version is still `expectedVersion` (compare-and-set);
   * false when another writer got there first or the vendor does not exist.
   */
  replace(record: VendorRecord, expectedVersion: number): boolean;
}

/** In-memory VendorStore, for tests and the Workers demo. */
export function createMemoryVendorStore(): VendorStore {
  const records = new Map<string, VendorRecord>();
  return {
    list: () => [...records.values()].map((record) => structuredClone(record)),
    get(id) {
      const record = records.get(id);
      return record ? structuredClone(record) : undefined;
    },
    insert(record) {
      if (records.has(record.vendor.id)) return false;
      records.set(record.vendor.id, structuredClone(record));
      return true;
    },
    replace(record, expectedVersion) {
      if (records.get(record.vendor.id)?.version !== expectedVersion) return false;
      records.set(record.vendor.id, structuredClone(record));
      return true;
    },
  };
}
