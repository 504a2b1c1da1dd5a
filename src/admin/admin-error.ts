import type { ProxyError } from "../errors.ts";

/**
 * The admin API's error shape, `{error:{code,message,requestId}}`: one closed code list
 * (errors.ts) for every surface, one shape for the admin API.
 */
export function adminErrorResponse(error: ProxyError, requestId: string): Response {
  // `new Response`, not `Response.json`: @hono/node-server swaps the global Response class, and
  // the inherited static `json` builds the other class, which zod-validator's `instanceof
  // Response` check rejects (it then answers with zod's raw error instead of this shape).
  return new Response(JSON.stringify({ error: { code: error.code, message: error.message, requestId } }), {
    status: error.status,
    headers: { "content-type": "application/json" },
  });
}
