import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Principal } from "../auth/authenticate.ts";

/** What admin handlers find on the context: the request id and the authenticated key. */
export type AdminEnv = { Variables: { requestId: string; principal: Principal } };

/** The admin sub-app every admin route registers on. */
export type AdminApp = OpenAPIHono<AdminEnv>;
