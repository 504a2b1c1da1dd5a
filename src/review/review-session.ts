import { getCookie } from "hono/cookie";
import type { CookieOptions } from "hono/utils/cookie";
import type { Context } from "hono";
import type { KeyRecord } from "../auth/key-store.ts";
import { can } from "../auth/permissions.ts";
import type { Services } from "../services.ts";
import type { Reviewer, ReviewEnv } from "./review-env.ts";

/** The session cookie: HttpOnly, SameSite=Strict, scoped to /review, Secure over HTTPS (see reviewCookieOptions). */
export const REVIEW_COOKIE = "veilgate_review";
/** A session lasts this long; revoking the key ends it at the next request. */
export const REVIEW_SESSION_MS = 8 * 60 * 60 * 1000;
const ASSOCIATED_DATA = "veilgate.review.session:v1";

/**
 * The session cookie's attributes. Secure when the request URL is https (Workers, or Node
 * serving TLS itself) or when `secureCookies` is set: Node behind a TLS-terminating proxy
 * sees plain http, and no forwarded header is trusted to say otherwise.
 */
export function reviewCookieOptions(services: Services, context: Context): CookieOptions & { path: string } {
  return {
    path: "/review",
    httpOnly: true,
    sameSite: "Strict",
    secure: Boolean(services.settings.secureCookies) || new URL(context.req.url).protocol === "https:",
    maxAge: REVIEW_SESSION_MS / 1000,
  };
}

/** What the sealed cookie holds: the key's hash (never the key), a CSRF token and an expiry. */
interface SessionPayload {
  keyHash: string;
  csrf: string;
  expiresAt: number;
}

/**
 * Sessions are sealed cookies (XChaCha20-Poly1305 under the master key): nothing to store
 * server-side, they survive restarts, and they cannot be read or forged in the browser.
 */
export function sealReviewSession(services: Services, keyHash: string): { cookie: string; csrf: string } {
  const csrf = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24)))).replaceAll("+", "-").replaceAll("/", "_");
  const payload: SessionPayload = { keyHash, csrf, expiresAt: services.now().getTime() + REVIEW_SESSION_MS };
  return { cookie: services.secretBox.seal(JSON.stringify(payload), ASSOCIATED_DATA), csrf };
}

/** The reviewer and CSRF token of a valid session, or undefined (no cookie, altered, expired, key revoked or no longer an auditor). */
export function openReviewSession(services: Services, context: Context<ReviewEnv>): { reviewer: Reviewer; csrf: string } | undefined {
  const sealed = getCookie(context, REVIEW_COOKIE);
  if (!sealed) return undefined;
  let payload: SessionPayload;
  try {
    payload = JSON.parse(services.secretBox.open(sealed, ASSOCIATED_DATA)) as SessionPayload;
  } catch {
    return undefined;
  }
  const now = services.now();
  if (payload.expiresAt <= now.getTime()) return undefined;
  const record = services.keys.findByHash(payload.keyHash);
  if (!record || !reviewable(record, now)) return undefined;
  return { reviewer: { keyId: record.id, keyName: record.name, role: record.role, scopes: record.scopes }, csrf: payload.csrf };
}

/** Whether a key may use the console now: live, and allowed to read the audit log. */
export function reviewable(record: KeyRecord, now: Date): boolean {
  if (record.revokedAt) return false;
  if (record.expiresAt && record.expiresAt <= now.toISOString()) return false;
  return can(record, "audit:read");
}
