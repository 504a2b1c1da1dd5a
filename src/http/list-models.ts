import type { Principal } from "../auth/authenticate.ts";
import { policyFit } from "../policy/policy-fit.ts";
import { resolvePolicy } from "../policy/resolve-policy.ts";
import type { Services } from "../services.ts";

/**
 * The models a key may use, in OpenAI's list shape: reachable by its key and allowed by its
 * tenant policy (vendors, models, residency, SOC 2, training, retention). Every model is
 * listed as `vendor/model`; a model name only one such vendor serves is listed bare as well,
 * since that is how most clients will ask for it.
 */
export function listModels(services: Services, principal: Principal): unknown {
  const policy = resolvePolicy(services.policies, principal.policyId);
  const reachable = services.vendors
    .reachableModels(principal, services.now())
    .filter(({ vendor, model }) => policy !== undefined && policyFit(policy, vendor, model).fits);
  const vendorsByModel = new Map<string, number>();
  for (const { model } of reachable) vendorsByModel.set(model, (vendorsByModel.get(model) ?? 0) + 1);
  const created = 0;
  const data = reachable.flatMap(({ vendor, model }) => {
    const entries = [{ id: `${vendor.id}/${model}`, object: "model", created, owned_by: vendor.id }];
    if (vendorsByModel.get(model) === 1) entries.push({ id: model, object: "model", created, owned_by: vendor.id });
    return entries;
  });
  return { object: "list", data };
}
