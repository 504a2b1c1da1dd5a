import type { ReviewApp } from "../review-env.ts";
import { REVIEW_STYLESHEET } from "../review-styles.ts";

/** `GET /review/assets/review.css`: the one stylesheet (served, not inlined, so the CSP can forbid inline styles). */
export function registerStylesheet(app: ReviewApp): void {
  app.get("/assets/review.css", (context) => {
    context.header("content-type", "text/css; charset=utf-8");
    context.header("cache-control", "public, max-age=300");
    return context.body(REVIEW_STYLESHEET);
  });
}
