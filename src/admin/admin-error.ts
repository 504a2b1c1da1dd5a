import type { ProxyError } from "../errors.ts";

/**
 * The admin API's error shape, `{error:{code,message,requestId}}`: one closed code list
 * (errors.ts) for every surface, one shape for the admin API.
 */
export function adminErrorResponse(error: ProxyError, requestId: string): Response {
  return Response.json({ error: { code: error.code, message: error.message, requestId } }, { status: error.status });
}
