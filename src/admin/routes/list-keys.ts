import { createRoute, z } from "@hono/zod-openapi";
import { reviewKeys } from "../../auth/review-keys.ts";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { keyViewSchema } from "./key-view.ts";

/**
 * `GET /admin/keys`: the access review. Every key with role, scopes, tenant policy,
 * created, last used and expiry, flagging expired keys and active keys unused for
 * `staleDays` (default VEILGATE_KEY_STALE_DAYS, 90); no secrets or hashes.
 */
export function registerListKeys(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/keys",
    summary: "List keys (access review)",
    middleware: [requirePermission(services, "keys:read")] as const,
    request: { query: z.object({ staleDays: z.coerce.number().int().min(1).max(3650).optional() }) },
    responses: {
      200: {
        description: "Every key, with review flags",
        content: {
          "application/json": {
            schema: z.object({
              data: z.array(keyViewSchema),
              staleDays: z.number().int(),
              summary: z.object({ total: z.number().int(), active: z.number().int(), stale: z.number().int(), expired: z.number().int(), revoked: z.number().int() }),
            }),
          },
        },
      },
    },
  });
  app.openapi(route, (context) => {
    const staleDays = context.req.valid("query").staleDays ?? services.compliance.keyStaleDays;
    const data = reviewKeys(services.keys.list(), services.now(), staleDays);
    const count = (test: (entry: (typeof data)[number]) => boolean) => data.filter(test).length;
    const summary = {
      total: data.length,
      active: count((entry) => entry.state === "active"),
      stale: count((entry) => entry.stale),
      expired: count((entry) => entry.state === "expired"),
      revoked: count((entry) => entry.state === "revoked"),
    };
    return context.json({ data, staleDays, summary }, 200);
  });
}
