import { z } from "zod";
import type { VendorRegistry } from "./create-vendor-registry.ts";
import { changeContributors, isContributor, proposalContributors, withContributor } from "./proposal-contributors.ts";
import type { VendorActor, VendorRecord } from "./vendor-record.ts";
import { factsOf, type VendorFacts, type VendorFactsPatch, vendorFactsSchema } from "./vendor-schema.ts";

/** What a lifecycle step did, with the record before and after for the audit log; or why it did nothing. */
export type LifecycleOutcome =
  | { ok: true; before: VendorRecord | null; after: VendorRecord }
  | { ok: false; error: "not_found" | "conflict" | "two_person" | "invalid"; message: string };

/**
 * Changes to the vendor registry. Anything that lets data flow to a vendor needs two
 * people: a new vendor is `proposed` by one admin and `approved` by another; a change to
 * an approved vendor's facts waits as `pending` (the approved facts keep serving) until a
 * different admin approves it; a suspended vendor is `reinstate`d as a proposal. Whoever
 * edits a proposal or pending change joins its contributors, and no contributor may approve
 * it: an edit carries everything before it, so approving it approves all of that. Steps that
 * stop traffic (suspend, retire) take one admin, because stopping must never wait.
 */
export interface VendorLifecycle {
  propose(facts: VendorFacts, actor: VendorActor): LifecycleOutcome;
  update(id: string, patch: VendorFactsPatch, actor: VendorActor): LifecycleOutcome;
  approve(id: string, actor: VendorActor): LifecycleOutcome;
  suspend(id: string, actor: VendorActor): LifecycleOutcome;
  retire(id: string, actor: VendorActor): LifecycleOutcome;
  reinstate(id: string, actor: VendorActor): LifecycleOutcome;
}

const failure = (error: "not_found" | "conflict" | "two_person" | "invalid", message: string): LifecycleOutcome => ({ ok: false, error, message });

export function createVendorLifecycle(options: { registry: VendorRegistry; now?: () => Date }): VendorLifecycle {
  const { registry } = options;
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  /** Reads the stored record fresh (not the routing snapshot), applies `change`, and writes it if nobody else did meanwhile. */
  const change = (id: string, apply: (record: VendorRecord, at: string) => VendorRecord | LifecycleOutcome): LifecycleOutcome => {
    const before = registry.store.get(id);
    if (!before) {
      return registry.get(id) ? failure("conflict", `Vendor '${id}' is built into this Veilgate and cannot be changed.`) : failure("not_found", `No vendor with id '${id}'.`);
    }
    const at = now();
    const next = apply(before, at);
    if ("ok" in next) return next;
    const after: VendorRecord = { ...next, version: before.version + 1, updatedAt: at };
    if (!registry.store.replace(after, before.version)) return failure("conflict", `Vendor '${id}' was changed by someone else meanwhile; read it again and retry.`);
    registry.refresh();
    return { ok: true, before, after };
  };
  const refusal = (subject: string, proposedBy: VendorActor | null, contributors: readonly VendorActor[], actor: VendorActor) => {
    const part = proposedBy?.person === actor.person ? "proposed" : "edited";
    const people = [...new Set(contributors.map((contributor) => contributor.person))].join(", ");
    return failure("two_person", `${subject} was ${part} by this admin; a different admin must approve it, one who neither proposed nor edited it (so far: ${people}).`);
  };

  return {
    propose(facts, actor) {
      if (registry.get(facts.id) || registry.store.get(facts.id)) return failure("conflict", `A vendor with id '${facts.id}' already exists.`);
      const at = now();
      const record: VendorRecord = {
        vendor: { ...facts, status: "proposed" },
        source: "api",
        proposedBy: actor,
        proposedAt: at,
        contributors: [actor],
        approvedBy: null,
        approvedAt: null,
        statusChangedBy: null,
        statusChangedAt: null,
        pending: null,
        version: 1,
        updatedAt: at,
      };
      if (!registry.store.insert(record)) return failure("conflict", `A vendor with id '${facts.id}' already exists.`);
      registry.refresh();
      return { ok: true, before: null, after: record };
    },
    update: (id, patch, actor) =>
      change(id, (record, at) => {
        if (record.vendor.status === "retired") return failure("conflict", `Vendor '${id}' is retired; propose a new vendor instead.`);
        const base = record.vendor.status === "proposed" ? factsOf(record.vendor) : (record.pending?.facts ?? factsOf(record.vendor));
        const merged = vendorFactsSchema.safeParse({ ...base, ...patch, id });
        if (!merged.success) return failure("invalid", z.prettifyError(merged.error));
        if (record.vendor.status === "proposed") {
          return { ...record, vendor: { ...merged.data, status: "proposed" }, contributors: withContributor(proposalContributors(record), actor) };
        }
        const pending = record.pending
          ? { ...record.pending, facts: merged.data, contributors: withContributor(changeContributors(record.pending), actor) }
          : { facts: merged.data, proposedBy: actor, proposedAt: at, contributors: [actor] };
        return { ...record, pending };
      }),
    approve: (id, actor) =>
      change(id, (record, at) => {
        if (record.vendor.status === "proposed") {
          const contributors = proposalContributors(record);
          if (isContributor(contributors, actor)) return refusal(`Vendor '${id}'`, record.proposedBy, contributors, actor);
          return { ...record, vendor: { ...record.vendor, status: "approved" }, contributors: [], approvedBy: actor, approvedAt: at };
        }
        if (record.pending && record.vendor.status !== "retired") {
          const contributors = changeContributors(record.pending);
          if (isContributor(contributors, actor)) return refusal(`The pending change to vendor '${id}'`, record.pending.proposedBy, contributors, actor);
          return { ...record, vendor: { ...record.pending.facts, status: record.vendor.status }, pending: null, approvedBy: actor, approvedAt: at };
        }
        return failure("conflict", `Vendor '${id}' is ${record.vendor.status} with no pending change; there is nothing to approve.`);
      }),
    suspend: (id, actor) =>
      change(id, (record, at) =>
        record.vendor.status === "approved"
          ? { ...record, vendor: { ...record.vendor, status: "suspended" }, statusChangedBy: actor, statusChangedAt: at }
          : failure("conflict", `Vendor '${id}' is ${record.vendor.status}; only an approved vendor can be suspended.`),
      ),
    retire: (id, actor) =>
      change(id, (record, at) =>
        record.vendor.status === "retired"
          ? failure("conflict", `Vendor '${id}' is already retired.`)
          : { ...record, vendor: { ...record.vendor, status: "retired" }, contributors: [], pending: null, statusChangedBy: actor, statusChangedAt: at },
      ),
    reinstate: (id, actor) =>
      change(id, (record, at) =>
        record.vendor.status === "suspended"
          ? { ...record, vendor: { ...record.vendor, status: "proposed" }, proposedBy: actor, proposedAt: at, contributors: [actor], approvedBy: null, approvedAt: null, statusChangedBy: actor, statusChangedAt: at }
          : failure("conflict", `Vendor '${id}' is ${record.vendor.status}; only a suspended vendor can be reinstated.`),
      ),
  };
}
