import type { MiddlewareHandler } from "hono";
import type { Services } from "../services.ts";
import type { ReviewEnv } from "./review-env.ts";
import { openReviewSession } from "./review-session.ts";

/**
 * Page middleware: without a valid session, GETs go to the sign-in page (303) and other
 * requests get 401. A POST must also carry the session's CSRF token in `_csrf` (the
 * Origin check of hono/csrf and SameSite=Strict come first; this is the third lock).
 */
export function requireReviewSession(services: Services): MiddlewareHandler<ReviewEnv> {
  return async function checkReviewSession(context, next) {
    const session = openReviewSession(services, context);
    if (!session) {
      return context.req.method === "GET" ? context.redirect("/review/sign-in", 303) : context.text("Sign in again.", 401);
    }
    if (context.req.method === "POST") {
      const form = await context.req.parseBody();
      if (form._csrf !== session.csrf) return context.text("The form expired; reload the page and try again.", 403);
    }
    context.set("reviewer", session.reviewer);
    context.set("csrfToken", session.csrf);
    await next();
  };
}
