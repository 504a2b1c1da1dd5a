import { z } from "@hono/zod-openapi";

/** A path parameter holding an id. */
export const idParams = z.object({ id: z.string().min(1).max(200).openapi({ param: { name: "id", in: "path" } }) });

/** The admin error shape, for the OpenAPI document. */
export const adminErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), requestId: z.string() }) })
  .openapi("AdminError");

/**
 * Standard error responses of a route that changes something, each in the AdminError shape
 * (named in the descriptions: declaring their content would make hono's typed handlers
 * refuse the shared error renderer's plain Response).
 */
export const changeErrors = {
  400: { description: "AdminError: the body is not valid, or the object's state does not allow this change" },
  401: { description: "AdminError: the admin key is missing, wrong, revoked or expired" },
  403: { description: "AdminError: the key's role or scopes do not allow this (or the two-person rule)" },
  404: { description: "AdminError: no such object" },
} as const;
