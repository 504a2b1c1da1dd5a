import type { MiddlewareHandler } from "hono";
import { authenticate } from "../auth/authenticate.ts";
import { can, type Permission } from "../auth/permissions.ts";
import { ProxyError } from "../errors.ts";
import { presentedKey } from "../http/presented-key.ts";
import type { Services } from "../services.ts";
import { adminErrorResponse } from "./admin-error.ts";
import type { AdminEnv } from "./admin-env.ts";

/**
 * Route middleware: authenticates the caller's key (401 when missing, wrong, revoked or
 * expired) and checks its role and scopes grant `permission` (403 otherwise). Every admin
 * route names the one permission it needs.
 */
export function requirePermission(services: Services, permission: Permission): MiddlewareHandler<AdminEnv> {
  return async function checkPermission(context, next) {
    const requestId = context.get("requestId");
    const authentication = authenticate(services.keys, presentedKey(context.req.raw.headers), services.now());
    if (!authentication.ok) {
      return adminErrorResponse(new ProxyError("unauthorized", `The admin API key is ${authentication.reason === "missing" ? "missing" : authentication.reason === "invalid" ? "not valid" : authentication.reason}.`), requestId);
    }
    if (!can(authentication.principal, permission)) {
      return adminErrorResponse(new ProxyError("forbidden", `This key (role ${authentication.principal.role}) lacks the '${permission}' permission.`), requestId);
    }
    context.set("principal", authentication.principal);
    await next();
  };
}
