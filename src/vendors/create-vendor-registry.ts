import { vendorEligibility } from "./vendor-eligibility.ts";
import type { Vendor } from "./vendor-schema.ts";

/** Where a request may go, or why it may not. */
export type RouteDecision =
  | { allowed: true; vendor: Vendor; model: string }
  | { allowed: false; reason: string };

/** The caller's limits that routing must respect. */
export interface RoutingScope {
  /** Vendor ids the caller's key may reach; null means every approved vendor. */
  vendors: string[] | null;
}

export interface VendorRegistry {
  list(): Vendor[];
  /** Resolves `vendor/model`, or a model name that exactly one reachable vendor lists. */
  route(requestedModel: string, scope: RoutingScope, now: Date): RouteDecision;
  /** Every (vendor, model) pair the scope may use now. */
  reachableModels(scope: RoutingScope, now: Date): Array<{ vendor: Vendor; model: string }>;
}

const isoDay = (now: Date) => now.toISOString().slice(0, 10);

export function createVendorRegistry(options: { vendors: Vendor[] }): VendorRegistry {
  const byId = new Map(options.vendors.map((vendor) => [vendor.id, vendor]));
  if (byId.size !== options.vendors.length) throw new Error("Two vendor files use the same vendor id");

  const whyUnreachable = (vendor: Vendor, scope: RoutingScope, today: string): string | undefined => {
    if (scope.vendors && !scope.vendors.includes(vendor.id)) return `this key may not use vendor '${vendor.id}'`;
    const eligibility = vendorEligibility(vendor, today);
    return eligibility.eligible ? undefined : eligibility.reason;
  };

  return {
    list: () => [...byId.values()],
    route(requestedModel, scope, now) {
      const today = isoDay(now);
      const slash = requestedModel.indexOf("/");
      const named = slash > 0 ? byId.get(requestedModel.slice(0, slash)) : undefined;
      if (named) {
        const model = requestedModel.slice(slash + 1);
        const reason = whyUnreachable(named, scope, today);
        if (reason) return { allowed: false, reason: `Model '${requestedModel}' is not available: ${reason}.` };
        if (!named.models.includes(model)) {
          return { allowed: false, reason: `Vendor '${named.id}' does not list model '${model}'.` };
        }
        return { allowed: true, vendor: named, model };
      }
      const candidates = [...byId.values()].filter(
        (vendor) => vendor.models.includes(requestedModel) && !whyUnreachable(vendor, scope, today),
      );
      if (candidates.length === 1) return { allowed: true, vendor: candidates[0]!, model: requestedModel };
      if (candidates.length > 1) {
        const names = candidates.map((vendor) => `'${vendor.id}/${requestedModel}'`).join(" or ");
        return { allowed: false, reason: `Model '${requestedModel}' is served by several vendors; ask for ${names}.` };
      }
      return { allowed: false, reason: `The model '${requestedModel}' does not exist or this key may not use it.` };
    },
    reachableModels(scope, now) {
      const today = isoDay(now);
      return [...byId.values()]
        .filter((vendor) => !whyUnreachable(vendor, scope, today))
        .flatMap((vendor) => vendor.models.map((model) => ({ vendor, model })));
    },
  };
}
