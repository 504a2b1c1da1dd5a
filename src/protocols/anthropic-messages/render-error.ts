import type { ProxyError } from "../../errors.ts";

/** Anthropic's error `type` for each status, so the SDK raises the matching exception class. */
const ERROR_TYPE_BY_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  402: "billing_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
};

/**
 * Anthropic's error shape, `{type:"error", error:{type, message}, request_id}`, which the
 * `@anthropic-ai/sdk` parses. Veilgate's own code rides along in `error.details.error_code`,
 * where the SDK reads it into `APIError.errorCode`. Our gateway statuses (502, 504) have no
 * Anthropic type of their own and are reported as `api_error`.
 */
export function renderAnthropicError(error: ProxyError, requestId: string): { status: number; body: unknown } {
  const type = ERROR_TYPE_BY_STATUS[error.status] ?? (error.status >= 500 ? "api_error" : "invalid_request_error");
  return {
    status: error.status,
    body: { type: "error", error: { type, message: error.message, details: { error_code: error.code } }, request_id: requestId },
  };
}
