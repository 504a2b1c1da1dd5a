import { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ProxyError } from "../errors.ts";
import type { Services } from "../services.ts";
import { adminErrorResponse } from "./admin-error.ts";
import type { AdminEnv } from "./admin-env.ts";
import { ADMIN_ROUTES } from "./admin-routes.ts";

/**
 * The admin API, mounted at `/admin`: zod-validated bodies (a 400 names the field), one
 * permission per route, and an OpenAPI 3.1 document at `/admin/openapi.json`.
 */
export function createAdminApp(services: Services): OpenAPIHono<AdminEnv> {
  const app = new OpenAPIHono<AdminEnv>({
    defaultHook(result, context) {
      if (result.success) return;
      return adminErrorResponse(new ProxyError("invalid_request", z.prettifyError(result.error)), context.get("requestId"));
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "adminKey", { type: "http", scheme: "bearer" });
  for (const register of ADMIN_ROUTES) register(app, services);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Veilgate admin API", version: "1" },
    security: [{ adminKey: [] }],
  });
  return app;
}
