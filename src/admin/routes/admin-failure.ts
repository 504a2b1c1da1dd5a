import { ProxyError } from "../../errors.ts";
import { adminErrorResponse } from "../admin-error.ts";

/** The error codes a failed admin change maps to. */
const CODES = {
  not_found: "not_found",
  // 400 rather than 409: the closed code list has no conflict code; the message says what is in the way.
  conflict: "invalid_request",
  invalid: "invalid_request",
  two_person: "forbidden",
} as const;

/** Answers a refused admin change (a domain decision, not an exception) in the admin error shape. */
export function adminFailure(failure: { error: keyof typeof CODES; message: string }, requestId: string): Response {
  return adminErrorResponse(new ProxyError(CODES[failure.error], failure.message), requestId);
}
