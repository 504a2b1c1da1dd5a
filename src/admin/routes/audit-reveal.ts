import { createRoute, z } from "@hono/zod-openapi";
import { MAX_JUSTIFICATION_LENGTH, MIN_JUSTIFICATION_LENGTH, REVEALABLE_PLACEHOLDER } from "../../audit/reveal-placeholder.ts";
import { ProxyError } from "../../errors.ts";
import { revealAuditValue } from "../../http/reveal-audit-value.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";

const REASON_CODES = {
  disabled: "forbidden",
  not_found: "not_found",
  not_sealed: "not_found",
  unknown_placeholder: "not_found",
  justification_too_short: "invalid_request",
  justification_too_long: "invalid_request",
} as const;

/**
 * `POST /admin/audit/entries/{seq}/reveal`: break-glass. Returns one placeholder's original
 * value, only with a written justification, and only after the reveal is in the audit log.
 */
export function registerAuditReveal(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "post",
    path: "/audit/entries/{seq}/reveal",
    summary: "Reveal one placeholder's value (break-glass; logged)",
    middleware: [requirePermission(services, "audit:reveal")] as const,
    request: {
      params: z.object({ seq: z.coerce.number().int().min(1) }),
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({
              placeholder: z.string().regex(REVEALABLE_PLACEHOLDER, "must be a placeholder such as [US_SSN_7QK2MX]"),
              justification: z.string().trim().min(MIN_JUSTIFICATION_LENGTH, `must be at least ${MIN_JUSTIFICATION_LENGTH} characters`).max(MAX_JUSTIFICATION_LENGTH),
            }),
          },
        },
      },
    },
    responses: {
      200: { description: "The value; the reveal is now an audit entry", content: { "application/json": { schema: z.object({ placeholder: z.string(), value: z.string() }) } } },
      403: { description: "Reveal is turned off, or the key lacks audit:reveal" },
      404: { description: "No such exchange, no sealed values, or the placeholder was not issued in it" },
    },
  });
  app.openapi(route, (context) => {
    const { seq } = context.req.valid("param");
    const { placeholder, justification } = context.req.valid("json");
    const decision = revealAuditValue(services, { seq, placeholder, justification, actorKeyId: context.get("principal").keyId, requestId: context.get("requestId") });
    if (!decision.revealed) return adminErrorResponse(new ProxyError(REASON_CODES[decision.reason], decision.message), context.get("requestId"));
    context.header("cache-control", "no-store");
    return context.json({ placeholder, value: decision.value }, 200);
  });
}
