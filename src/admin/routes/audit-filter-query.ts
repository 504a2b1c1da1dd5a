import { z } from "@hono/zod-openapi";
import { AUDIT_ENTRY_KINDS } from "../../audit/audit-entry.ts";
import type { AuditFilter } from "../../audit/audit-query.ts";

/** A time bound: an ISO timestamp or a `YYYY-MM-DD` day (UTC midnight). */
const timeBound = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO date or timestamp")
  .transform((value) => new Date(value).toISOString());

/** The audit filter as query parameters, shared by search, summary and export. */
export const auditFilterQuery = z.object({
  from: timeBound.optional().openapi({ description: "Inclusive lower bound on the entry's time (ISO)." }),
  to: timeBound.optional().openapi({ description: "Exclusive upper bound on the entry's time (ISO)." }),
  kind: z.enum(AUDIT_ENTRY_KINDS).optional(),
  keyId: z.string().min(1).optional().openapi({ description: "The caller's key (exchanges) or the actor's key (admin actions)." }),
  tenant: z.string().min(1).optional(),
  vendor: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  status: z.string().min(1).optional().openapi({ description: "Exact status: ok, or an error code." }),
  outcome: z.enum(["ok", "refused"]).optional(),
  entityType: z.string().min(1).optional().openapi({ description: "Exchanges with at least one redaction of this type." }),
  ruleId: z.string().min(1).optional(),
  text: z.string().max(500).optional().openapi({ description: "Words in the redacted transcript; the last word of each may be a prefix." }),
});

/** Search adds paging: `cursor` is the opaque `nextCursor` of the previous page. */
export const auditSearchQuery = auditFilterQuery.extend({
  cursor: z.string().regex(/^\d+$/, "must be a nextCursor from a previous page").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  order: z.enum(["desc", "asc"]).default("desc"),
});

/** Drops absent fields, so the filter holds only what narrows. */
export function toAuditFilter(query: z.infer<typeof auditFilterQuery>): AuditFilter {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as AuditFilter;
}
