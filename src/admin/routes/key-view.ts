import { z } from "@hono/zod-openapi";
import { ROLES } from "../../auth/permissions.ts";

/** A key in the admin API and the access review: never its secret or hash. */
export const keyViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    hint: z.string().openapi({ description: "First characters of the key; the key itself is never stored or shown." }),
    role: z.enum(ROLES),
    scopes: z.array(z.string()),
    vendors: z.array(z.string()).nullable(),
    policyId: z.string().nullable().openapi({ description: "The tenant policy; null means the default policy." }),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    lastUsedAt: z.string().nullable().openapi({ description: "Accurate to about a minute." }),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    state: z.enum(["active", "revoked", "expired"]),
    stale: z.boolean().openapi({ description: "Active, and unused for the stale period (or never used since created that long ago)." }),
    idleDays: z.number().int(),
  })
  .openapi("Key");
