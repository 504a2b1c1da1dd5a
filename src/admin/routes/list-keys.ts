import { createRoute, z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";

const keySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    hint: z.string().openapi({ description: "First characters of the key; the key itself is never stored or shown." }),
    role: z.enum(["admin", "auditor", "client"]),
    scopes: z.array(z.string()),
    vendors: z.array(z.string()).nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi("KeySummary");

/** `GET /admin/keys`: the key inventory, without secrets or hashes. */
export function registerListKeys(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/keys",
    summary: "List keys",
    middleware: [requirePermission(services, "keys:read")] as const,
    responses: {
      200: { description: "Every key", content: { "application/json": { schema: z.object({ data: z.array(keySummary) }) } } },
    },
  });
  app.openapi(route, (context) =>
    context.json({ data: services.keys.list().map(({ hash: _hash, ...summary }) => summary) }, 200),
  );
}
