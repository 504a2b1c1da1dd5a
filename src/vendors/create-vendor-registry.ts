import { type VendorCompliance, vendorCompliance, vendorRefusal } from "./vendor-compliance.ts";
import type { VendorRecord } from "./vendor-record.ts";
import type { Vendor } from "./vendor-schema.ts";
import { createMemoryVendorStore, type VendorStore } from "./vendor-store.ts";

/** Whether a reachable vendor suits this request (the caller's policy); a refusal names its rule. */
export type VendorFit = { fits: true } | { fits: false; rule: string; reason: string };

/**
 * Where a request may go, or why it may not. `unavailable` refusals (unknown model, vendor
 * not approved or out of contract, key scope) are 404s that reveal nothing more; `policy`
 * refusals are the caller's own policy speaking, so they name its rule.
 */
export type RouteDecision =
  | { allowed: true; vendor: Vendor; model: string }
  | { allowed: false; kind: "unavailable" | "policy"; rule: string; reason: string };

/** The caller's limits that routing must respect. */
export interface RoutingScope {
  /** Vendor ids the caller's key may reach; null means every approved vendor. */
  vendors: string[] | null;
}

export interface VendorRegistry {
  list(): Vendor[];
  /** Every vendor with its approval history, for the admin API. */
  records(): VendorRecord[];
  get(id: string): VendorRecord | undefined;
  compliance(vendor: Vendor, now: Date): VendorCompliance;
  /** Resolves `vendor/model`, or a model name that exactly one reachable, fitting vendor lists. */
  route(requestedModel: string, scope: RoutingScope, now: Date, fit?: (vendor: Vendor, model: string) => VendorFit): RouteDecision;
  /** Every (vendor, model) pair the scope may use now. */
  reachableModels(scope: RoutingScope, now: Date): Array<{ vendor: Vendor; model: string }>;
  /** Where vendors proposed and approved at run time are kept. */
  readonly store: VendorStore;
  /** Drops the cached view so the next read sees the store as it is now (call after writing). */
  refresh(): void;
}

const isoDay = (now: Date) => now.toISOString().slice(0, 10);

const staticRecord = (vendor: Vendor): VendorRecord => ({
  vendor,
  source: "seed",
  proposedBy: null,
  proposedAt: null,
  approvedBy: null,
  approvedAt: null,
  statusChangedBy: null,
  statusChangedAt: null,
  pending: null,
  version: 0,
  updatedAt: "1970-01-01T00:00:00.000Z",
});

/**
 * The vendor registry: vendors in the store (seed files imported once, then admin changes)
 * plus `vendors` given here, which are never stored (the demo vendor, test fixtures). Reads
 * come from a snapshot refreshed every `refreshMs`, so another process's changes (the CLI)
 * show up within that time without a database read per request.
 */
export function createVendorRegistry(
  options: { vendors?: Vendor[]; store?: VendorStore; warningDays?: number; refreshMs?: number; clock?: () => number } = {},
): VendorRegistry {
  const fixed = new Map((options.vendors ?? []).map((vendor) => [vendor.id, staticRecord(vendor)]));
  if (fixed.size !== (options.vendors ?? []).length) throw new Error("Two vendor files use the same vendor id");
  const store = options.store ?? createMemoryVendorStore();
  const clock = options.clock ?? (() => performance.now());
  const refreshMs = options.refreshMs ?? 2_000;
  let snapshot: { byId: Map<string, VendorRecord>; loadedAt: number } | undefined;

  const current = (): Map<string, VendorRecord> => {
    if (!snapshot || clock() - snapshot.loadedAt >= refreshMs) {
      const byId = new Map(fixed);
      for (const record of store.list()) if (!byId.has(record.vendor.id)) byId.set(record.vendor.id, record);
      snapshot = { byId, loadedAt: clock() };
    }
    return snapshot.byId;
  };
  const compliance = (vendor: Vendor, now: Date) => vendorCompliance(vendor, isoDay(now), { warningDays: options.warningDays });
  const whyUnreachable = (vendor: Vendor, scope: RoutingScope, today: string): { rule: string; reason: string } | undefined => {
    if (scope.vendors && !scope.vendors.includes(vendor.id)) return { rule: "key.vendor_scope", reason: `this key may not use vendor '${vendor.id}'` };
    return vendorRefusal(vendor, today);
  };
  const vendors = () => [...current().values()].map((record) => record.vendor);

  return {
    store,
    list: vendors,
    records: () => [...current().values()],
    get: (id) => current().get(id),
    compliance,
    refresh() {
      snapshot = undefined;
    },
    route(requestedModel, scope, now, fit = () => ({ fits: true })) {
      const today = isoDay(now);
      const slash = requestedModel.indexOf("/");
      const named = slash > 0 ? current().get(requestedModel.slice(0, slash))?.vendor : undefined;
      if (named) {
        const model = requestedModel.slice(slash + 1);
        const unreachable = whyUnreachable(named, scope, today);
        if (unreachable) {
          return { allowed: false, kind: "unavailable", rule: unreachable.rule, reason: `Model '${requestedModel}' is not available: ${unreachable.reason} (rule ${unreachable.rule}).` };
        }
        if (!named.models.includes(model)) {
          return { allowed: false, kind: "unavailable", rule: "vendor.model", reason: `Vendor '${named.id}' does not list model '${model}' (rule vendor.model).` };
        }
        const verdict = fit(named, model);
        if (!verdict.fits) return { allowed: false, kind: "policy", rule: verdict.rule, reason: `Model '${requestedModel}' is refused: ${verdict.reason} (rule ${verdict.rule}).` };
        return { allowed: true, vendor: named, model };
      }
      const candidates: Vendor[] = [];
      for (const record of current().values()) {
        const vendor = record.vendor;
        if (vendor.models.includes(requestedModel) && !whyUnreachable(vendor, scope, today)) candidates.push(vendor);
      }
      if (candidates.length === 0) {
        return { allowed: false, kind: "unavailable", rule: "vendor.model", reason: `The model '${requestedModel}' does not exist or this key may not use it.` };
      }
      const verdicts = candidates.map((vendor) => ({ vendor, verdict: fit(vendor, requestedModel) }));
      const fitting = verdicts.filter(({ verdict }) => verdict.fits).map(({ vendor }) => vendor);
      if (fitting.length === 1) return { allowed: true, vendor: fitting[0]!, model: requestedModel };
      if (fitting.length > 1) {
        const names = fitting.map((vendor) => `'${vendor.id}/${requestedModel}'`).join(" or ");
        return { allowed: false, kind: "unavailable", rule: "vendor.ambiguous_model", reason: `Model '${requestedModel}' is served by several vendors; ask for ${names}.` };
      }
      const refusals = verdicts.flatMap(({ vendor, verdict }) => (verdict.fits ? [] : [{ vendor, ...verdict }]));
      const first = refusals[0]!;
      const reason =
        refusals.length === 1
          ? `Model '${requestedModel}' is refused: ${first.reason} (rule ${first.rule}).`
          : `No vendor serving model '${requestedModel}' fits this request: ${refusals.map((refusal) => `${refusal.reason} (rule ${refusal.rule})`).join("; ")}.`;
      return { allowed: false, kind: "policy", rule: first.rule, reason };
    },
    reachableModels(scope, now) {
      const today = isoDay(now);
      return vendors()
        .filter((vendor) => !whyUnreachable(vendor, scope, today))
        .flatMap((vendor) => vendor.models.map((model) => ({ vendor, model })));
    },
  };
}
