import { createRoute, z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";

const checkpointSchema = z
  .object({ seq: z.number().int(), hash: z.string(), time: z.string(), publicKey: z.string(), signature: z.string() })
  .openapi("AuditCheckpoint");

/**
 * `GET /admin/audit/checkpoints`: the signing public key and the newest signed checkpoints,
 * so a third party can pin the key and keep copies of the heads it has seen.
 */
export function registerAuditCheckpoints(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/audit/checkpoints",
    summary: "The audit signing key and signed checkpoints",
    middleware: [requirePermission(services, "audit:verify")] as const,
    request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }) },
    responses: {
      200: {
        description: "Newest first. Each signature is Ed25519 over the canonical JSON {type:'veilgate.audit.checkpoint',version:1,seq,hash,time}.",
        content: { "application/json": { schema: z.object({ publicKey: z.string().nullable(), algorithm: z.literal("Ed25519"), data: z.array(checkpointSchema) }) } },
      },
    },
  });
  app.openapi(route, (context) => {
    const { limit } = context.req.valid("query");
    const data = services.exchangeLog.checkpoints().slice(-limit).reverse();
    return context.json({ publicKey: services.exchangeLog.publicKey, algorithm: "Ed25519" as const, data }, 200);
  });
}
