import { z } from "@hono/zod-openapi";
import { activeKeysByPolicy } from "../../auth/active-keys-following.ts";
import { policyBodySchema, type TenantPolicy } from "../../policy/tenant-policy.ts";
import type { Services } from "../../services.ts";

/** A tenant policy as the admin API shows it, with how many active keys follow it. */
export const policyViewSchema = z
  .object({ id: z.string(), createdAt: z.string(), updatedAt: z.string(), activeKeys: z.number().int() })
  .extend(policyBodySchema.shape)
  .openapi("Policy");

export type PolicyView = z.infer<typeof policyViewSchema>;

/** The admin API's view of a policy; `activeKeys` (from `activeKeysByPolicy`) can be read once for many views. */
export function policyView(services: Services, policy: TenantPolicy, activeKeys = activeKeysByPolicy(services.keys)): PolicyView {
  return { ...policy, activeKeys: activeKeys.get(policy.id) ?? 0 };
}
