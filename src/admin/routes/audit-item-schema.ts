import { z } from "@hono/zod-openapi";

/** An audit entry as the API shows it (see audit/public-audit-item.ts). */
export const auditItemSchema = z
  .object({
    seq: z.number().int(),
    hash: z.string().openapi({ description: "SHA-256(previous hash ‖ canonical entry), hex." }),
    kind: z.enum(["exchange", "admin_action"]),
    record: z.record(z.string(), z.unknown()).openapi({ description: "The ExchangeRecord or AdminActionRecord, redacted; never a value." }),
    revealable: z.boolean().openapi({ description: "Break-glass: a sealed value map was kept for this exchange." }),
  })
  .openapi("AuditItem");
