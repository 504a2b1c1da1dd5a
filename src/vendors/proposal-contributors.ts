import type { PendingVendorChange, VendorActor, VendorRecord } from "./vendor-record.ts";

/**
 * Everyone who proposed or edited the proposal a record holds (none once approved). A record
 * stored before contributors were tracked names its proposer alone.
 */
export function proposalContributors(record: VendorRecord): VendorActor[] {
  if (record.vendor.status !== "proposed") return [];
  return record.contributors ?? (record.proposedBy ? [record.proposedBy] : []);
}

/** Everyone who started or edited a pending change (a change stored before they were tracked: its proposer). */
export function changeContributors(change: PendingVendorChange): VendorActor[] {
  return change.contributors ?? [change.proposedBy];
}

/** `contributors` with `actor` added, once per key. */
export function withContributor(contributors: readonly VendorActor[], actor: VendorActor): VendorActor[] {
  const known = contributors.some((contributor) => contributor.keyId === actor.keyId && contributor.person === actor.person);
  return known ? [...contributors] : [...contributors, actor];
}

/** Whether `actor` is, or acts for, one of the contributors: such an actor may not approve their work. */
export function isContributor(contributors: readonly VendorActor[], actor: VendorActor): boolean {
  return contributors.some((contributor) => contributor.person === actor.person);
}
