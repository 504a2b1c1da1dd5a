import { createRoute, z } from "@hono/zod-openapi";
import { activeKeysByPolicy } from "../../auth/active-keys-following.ts";
import { BUILT_IN_DEFAULT_POLICY, DEFAULT_POLICY_ID } from "../../policy/resolve-policy.ts";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { policyView, policyViewSchema } from "./policy-view.ts";

/** `GET /admin/policies`: every tenant policy, and the default that keys without one follow. */
export function registerListPolicies(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/policies",
    summary: "List tenant policies",
    middleware: [requirePermission(services, "policies:read")] as const,
    responses: {
      200: {
        description: "Every stored policy, and the policy keys without one follow",
        content: { "application/json": { schema: z.object({ data: z.array(policyViewSchema), defaultPolicy: policyViewSchema }) } },
      },
    },
  });
  app.openapi(route, (context) => {
    const activeKeys = activeKeysByPolicy(services.keys);
    const data = services.policies.list().map((policy) => policyView(services, policy, activeKeys));
    const stored = services.policies.get(DEFAULT_POLICY_ID);
    const withoutPolicy = services.keys.list().filter((key) => !key.policyId && !key.revokedAt && key.role === "client").length;
    return context.json({ data, defaultPolicy: { ...(stored ?? BUILT_IN_DEFAULT_POLICY), activeKeys: withoutPolicy } }, 200);
  });
}
