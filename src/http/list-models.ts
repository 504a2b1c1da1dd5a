import type { Principal } from "../auth/authenticate.ts";
import type { Services } from "../services.ts";

/**
 * The models a key may use, in OpenAI's list shape. Every model is listed as
 * `vendor/model`; a model name only one reachable vendor serves is listed bare as well,
 * since that is how most clients will ask for it.
 */
export function listModels(services: Services, principal: Principal): unknown {
  const reachable = services.vendors.reachableModels(principal, services.now());
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
