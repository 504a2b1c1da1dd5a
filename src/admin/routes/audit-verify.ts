import { createRoute, z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";

const problemSchema = z.object({
  kind: z.enum(["changed", "removed", "inserted", "reordered", "rewritten", "bad_signature", "untrusted_key", "bad_retention"]),
  seq: z.number().int().openapi({ description: "The first entry (or checkpoint) that was tampered with." }),
  message: z.string(),
});

const verificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    firstSeq: z.number().int().nullable().optional(),
    lastSeq: z.number().int().optional(),
    headHash: z.string().optional(),
    checkpoints: z.number().int().optional(),
    lastCheckpointSeq: z.number().int().nullable().optional(),
    unsignedEntries: z.number().int().optional(),
    retainedAfterSeq: z.number().int().nullable().optional(),
    problem: problemSchema.optional(),
    publicKey: z.string().nullable().openapi({ description: "Ed25519 key (base64url) that signs checkpoints." }),
  })
  .openapi("AuditVerification");

/** `GET /admin/audit/verify`: checks the whole chain and every signature; names the first tampered entry. */
export function registerAuditVerify(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/audit/verify",
    summary: "Verify the audit chain",
    middleware: [requirePermission(services, "audit:verify")] as const,
    responses: {
      200: { description: "The verification result (ok: false names the first tampered entry)", content: { "application/json": { schema: verificationSchema } } },
    },
  });
  app.openapi(route, (context) => context.json({ ...services.exchangeLog.verify(), publicKey: services.exchangeLog.publicKey }, 200));
}
