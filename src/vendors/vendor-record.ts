import type { Vendor, VendorFacts } from "./vendor-schema.ts";

/**
 * Who did something to a vendor. `person` is what the two-person rule compares: the key id
 * for an admin key, or the key it acts for (see auth/person-of-key.ts); `operator` for seed
 * files, which the host's operator writes.
 */
export interface VendorActor {
  keyId: string | null;
  person: string;
}

/** A change to an approved (or suspended) vendor's facts, waiting for a second admin. */
export interface PendingVendorChange {
  facts: VendorFacts;
  /** Who started the change, and when. */
  proposedBy: VendorActor;
  proposedAt: string;
  /**
   * Everyone who started or edited the change, in order; none of them may approve it.
   * Absent in changes stored before it was tracked (then: the proposer).
   */
  contributors?: VendorActor[];
}

/** A vendor as the registry stores it: the live entry plus who proposed and approved it. */
export interface VendorRecord {
  /** The entry traffic is routed by: facts and status. */
  vendor: Vendor;
  /** `seed` for a vendor imported from `vendors/*.json`, `api` for one proposed through the admin API or CLI. */
  source: "seed" | "api";
  /** Who started the current proposal (or reinstated the vendor), and when. */
  proposedBy: VendorActor | null;
  proposedAt: string | null;
  /**
   * While `proposed`: everyone who proposed or edited it since it was last approved, in order;
   * none of them may approve it. Empty otherwise. Absent in records stored before it was
   * tracked (then: the proposer).
   */
  contributors?: VendorActor[];
  approvedBy: VendorActor | null;
  approvedAt: string | null;
  /** The last suspend, retire or reinstate. */
  statusChangedBy: VendorActor | null;
  statusChangedAt: string | null;
  pending: PendingVendorChange | null;
  /** Incremented on every change; writes compare it so two admins never overwrite each other. */
  version: number;
  updatedAt: string;
}
