import type { Hono } from "hono";
import type { Grant } from "../auth/permissions.ts";

/** The signed-in reviewer: the auditor key behind the session. */
export interface Reviewer extends Grant {
  keyId: string;
  keyName: string;
}

/** What review handlers find on the context. */
export type ReviewEnv = {
  Variables: {
    requestId: string;
    /** Set by requireReviewSession on signed-in pages. */
    reviewer: Reviewer;
    /** The session's CSRF token, for the forms a page renders. */
    csrfToken: string;
  };
};

/** The review sub-app every review route registers on. */
export type ReviewApp = Hono<ReviewEnv>;
