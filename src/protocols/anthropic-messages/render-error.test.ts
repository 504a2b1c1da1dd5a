import { describe, expect, it } from "vitest";
import { type ErrorCode, ProxyError } from "../../errors.ts";
import { renderAnthropicError } from "./render-error.ts";

describe("renderAnthropicError", () => {
  it.each<[ErrorCode, number, string]>([
    ["invalid_request", 400, "invalid_request_error"],
    ["unsupported_translation", 400, "invalid_request_error"],
    ["unauthorized", 401, "authentication_error"],
    ["policy_denied", 403, "permission_error"],
    ["model_not_found", 404, "not_found_error"],
    ["route_not_found", 404, "not_found_error"],
    ["payload_too_large", 413, "request_too_large"],
    ["detection_failed", 500, "api_error"],
    ["vendor_error", 502, "api_error"],
    ["vendor_unreachable", 502, "api_error"],
    ["vendor_timeout", 504, "api_error"],
  ])("renders %s as HTTP %i with type %s", (code, status, type) => {
    const rendered = renderAnthropicError(new ProxyError(code, "Something is wrong."), "req_1");
    expect(rendered).toEqual({
      status,
      body: { type: "error", error: { type, message: "Something is wrong.", details: { error_code: code } }, request_id: "req_1" },
    });
  });

  it("keeps a vendor's own 4xx status and types it", () => {
    expect(renderAnthropicError(new ProxyError("vendor_error", "slow down", { upstreamStatus: 429 }), "r").body).toMatchObject({ error: { type: "rate_limit_error" } });
    expect(renderAnthropicError(new ProxyError("vendor_error", "gone", { upstreamStatus: 409 }), "r")).toMatchObject({ status: 409, body: { error: { type: "invalid_request_error" } } });
  });
});
