import { createRoute, z } from "@hono/zod-openapi";
import { createClientKey } from "../../auth/create-client-key.ts";
import { mayIssueKey } from "../../auth/may-issue-key.ts";
import { PERMISSIONS, ROLES } from "../../auth/permissions.ts";
import { reviewKeys } from "../../auth/review-keys.ts";
import { ProxyError } from "../../errors.ts";
import { policyIdSchema } from "../../policy/tenant-policy.ts";
import type { Services } from "../../services.ts";
import { vendorIdSchema } from "../../vendors/vendor-schema.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors } from "./admin-schemas.ts";
import { keyViewSchema } from "./key-view.ts";
import { recordAdminAction } from "./record-admin-action.ts";

const createKeySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES).default("client"),
  scopes: z.array(z.enum(PERMISSIONS)).default([]),
  vendors: z.array(vendorIdSchema).min(1).nullable().default(null),
  policyId: policyIdSchema.nullable().default(null),
  expiresAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable().default(null),
});

/**
 * `POST /admin/keys`: creates a key and returns its secret, this once only. The new key may
 * hold only permissions the caller holds (client keys excepted; see auth/may-issue-key.ts).
 * An admin key made here acts for its creator in the two-person rule (see auth/person-of-key.ts).
 */
export function registerCreateKey(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "post",
    path: "/keys",
    summary: "Create a key (the secret is shown once)",
    description: "The new key's permissions (its role, narrowed by its scopes) must all be the caller's own (403 otherwise); any key with keys:write may create client keys.",
    middleware: [requirePermission(services, "keys:write")] as const,
    request: { body: { required: true, content: { "application/json": { schema: createKeySchema } } } },
    responses: {
      201: {
        description: "The key, and its secret: store it now, it is never shown again",
        content: { "application/json": { schema: z.object({ data: keyViewSchema, secret: z.string() }) } },
      },
      ...changeErrors,
    },
  });
  app.openapi(route, (context) => {
    const body = context.req.valid("json");
    const issue = mayIssueKey(context.get("principal"), body);
    if (!issue.allowed) {
      const refused = issue.beyondCreator.map((permission) => `'${permission}'`).join(", ");
      const message = `This key may not create a key with role ${body.role}: it would hold ${refused}, which this key lacks (a key passes on only permissions it holds).`;
      return adminErrorResponse(new ProxyError("forbidden", message), context.get("requestId"));
    }
    if (body.policyId && !services.policies.get(body.policyId)) {
      return adminErrorResponse(new ProxyError("invalid_request", `policyId: no policy with id '${body.policyId}'.`), context.get("requestId"));
    }
    const expiresAt = body.expiresAt === null ? null : new Date(body.expiresAt).toISOString();
    const creatorExpiresAt = context.get("principal").expiresAt ?? null;
    if (creatorExpiresAt && (expiresAt === null || expiresAt > creatorExpiresAt)) {
      const message = `This key expires at ${creatorExpiresAt}; a key it creates may not outlive it: give expiresAt no later than that.`;
      return adminErrorResponse(new ProxyError("forbidden", message), context.get("requestId"));
    }
    const { record, secret } = createClientKey(services.keys, { ...body, expiresAt, now: services.now(), createdBy: context.get("principal").keyId });
    const [view] = reviewKeys([record], services.now(), services.compliance.keyStaleDays);
    recordAdminAction(services, context, { action: "key.create", target: `key:${record.id}`, before: null, after: view });
    context.header("cache-control", "no-store");
    return context.json({ data: view!, secret }, 201);
  });
}
