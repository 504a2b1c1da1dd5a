import { deleteCookie } from "hono/cookie";
import type { Services } from "../../services.ts";
import type { ReviewApp } from "../review-env.ts";
import { REVIEW_COOKIE, reviewCookieOptions } from "../review-session.ts";

/** `POST /review/sign-out` (behind the session check, so it needs the CSRF token): drops the session cookie. */
export function registerSignOut(app: ReviewApp, services: Services): void {
  app.post("/sign-out", (context) => {
    // With the attributes it was set with, so the browser drops the same cookie.
    const { path, secure, httpOnly, sameSite } = reviewCookieOptions(services, context);
    deleteCookie(context, REVIEW_COOKIE, { path, secure, httpOnly, sameSite });
    return context.redirect("/review/sign-in", 303);
  });
}
