import { ProxyError } from "../errors.ts";
import type { Vendor } from "../vendors/vendor-schema.ts";

/** Statuses whose vendor message helps the caller fix their request (context length, bad parameter…). */
const CALLER_FIXABLE = new Set([400, 404, 409, 413, 422, 429]);
/** "Busy, try again" statuses: passed on as they are so SDKs back off and retry as they would. */
const RETRY_LATER = new Set([503, 529]);
const SECRET_LIKE = /\b(?:sk|pk|rk|key|sess)[-_][A-Za-z0-9_*\-.]{6,}|[A-Za-z0-9+/_-]{32,}/g;

function vendorMessage(bodyText: string): { message?: string; code?: string } {
  try {
    const parsed = JSON.parse(bodyText) as { error?: { message?: unknown; code?: unknown; type?: unknown } };
    const error = parsed.error;
    if (!error || typeof error !== "object") return {};
    const code = [error.code, error.type].find((value): value is string => typeof value === "string" && /^[\w.-]{1,64}$/.test(value));
    const message = typeof error.message === "string" ? error.message.replace(SECRET_LIKE, "[redacted]").slice(0, 500) : undefined;
    return { message, code };
  } catch {
    return {};
  }
}

/**
 * Turns a vendor's error answer into a ProxyError for the caller. A vendor's complaint about
 * our credentials is our configuration problem (502), not the caller's; for errors the caller
 * can fix, the vendor's message is passed on with anything secret-looking cut out. The
 * message still holds placeholders, never values.
 */
export function vendorErrorFrom(vendor: Vendor, status: number, bodyText: string): ProxyError {
  const { message, code } = vendorMessage(bodyText);
  const what = `Vendor '${vendor.id}' answered HTTP ${status}${code ? ` (${code})` : ""}`;
  if (status === 401 || status === 403) {
    return new ProxyError("vendor_error", `${what}: Veilgate's credentials for this vendor were refused. Ask an admin to check them.`);
  }
  if (CALLER_FIXABLE.has(status)) {
    return new ProxyError("vendor_error", message ? `${what}: ${message}` : `${what}.`, { upstreamStatus: status });
  }
  if (RETRY_LATER.has(status)) return new ProxyError("vendor_error", `${what}: the vendor is overloaded; try again later.`, { upstreamStatus: status });
  return new ProxyError("vendor_error", `${what}.`);
}
