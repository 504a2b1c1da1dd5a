import type { ProxyError } from "../../errors.ts";

const ERROR_TYPE_BY_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "invalid_request_error",
  413: "invalid_request_error",
  429: "rate_limit_error",
};

/** OpenAI's error shape, `{error:{message,type,param,code}}`, which the openai SDK parses. */
export function renderOpenAiError(error: ProxyError, requestId: string): { status: number; body: unknown } {
  const type = ERROR_TYPE_BY_STATUS[error.status] ?? (error.status >= 500 ? "server_error" : "invalid_request_error");
  return {
    status: error.status,
    body: { error: { message: error.message, type, param: null, code: error.code, request_id: requestId } },
  };
}
