/**
 * Veilgate's one error model: a closed list of codes, one error class, and the HTTP status
 * each code maps to. Protocol adapters render a ProxyError in their own wire shape.
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  unsupported_translation: 400,
  unauthorized: 401,
  forbidden: 403,
  policy_denied: 403,
  model_not_found: 404,
  route_not_found: 404,
  /** An admin or audit object (e.g. an audit entry) that does not exist. */
  not_found: 404,
  payload_too_large: 413,
  vendor_error: 502,
  vendor_unreachable: 502,
  vendor_timeout: 504,
  detection_failed: 500,
  audit_failed: 500,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error that is safe to show the caller: its message never holds PII or secrets. */
export class ProxyError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** For vendor errors: the vendor's own status, passed through when it is a 4xx. */
  readonly upstreamStatus: number | undefined;

  constructor(code: ErrorCode, message: string, options: { upstreamStatus?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "ProxyError";
    this.code = code;
    this.upstreamStatus = options.upstreamStatus;
    // A vendor status is passed on only when vendorErrorFrom chose to keep it.
    this.status = code === "vendor_error" && options.upstreamStatus ? options.upstreamStatus : ERROR_STATUS[code];
  }
}

/** Wraps anything thrown into a ProxyError without leaking its message. */
export function toProxyError(error: unknown): ProxyError {
  if (error instanceof ProxyError) return error;
  return new ProxyError("internal", "Veilgate hit an internal error.", { cause: error });
}

/** An unexpected error for the process log: its name and where it was thrown, never its message (which may quote request text). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  return `${error.name}: ${(error.stack ?? "").split("\n").slice(1, 6).join(" | ")}`;
}
