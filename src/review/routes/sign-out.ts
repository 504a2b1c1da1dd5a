import { deleteCookie } from "hono/cookie";
import type { ReviewApp } from "../review-env.ts";
import { REVIEW_COOKIE } from "../review-session.ts";

/** `POST /review/sign-out` (behind the session check, so it needs the CSRF token): drops the session cookie. */
export function registerSignOut(app: ReviewApp): void {
  app.post("/sign-out", (context) => {
    deleteCookie(context, REVIEW_COOKIE, { path: "/review" });
    return context.redirect("/review/sign-in", 303);
  });
}
