import { setCookie } from "hono/cookie";
import { authenticate } from "../../auth/authenticate.ts";
import { hashKeySecret } from "../../auth/client-key.ts";
import { can } from "../../auth/permissions.ts";
import type { Services } from "../../services.ts";
import type { ReviewApp } from "../review-env.ts";
import { REVIEW_COOKIE, reviewCookieOptions, sealReviewSession } from "../review-session.ts";
import { renderPage } from "../render-page.ts";

function SignInPage(props: { error?: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Sign in · Veilgate Review</title>
        <link rel="stylesheet" href="/review/assets/review.css" />
      </head>
      <body>
        <main class="signin">
          <div class="card">
            <div class="brand">
              Veilgate<span>Review</span>
            </div>
            <h1>Sign in</h1>
            <p class="muted">For security reviewers. Use an auditor key; it is checked against Veilgate's key store and never stored in your browser.</p>
            {props.error ? (
              <div class="notice bad" role="alert" data-testid="sign-in-error">
                {props.error}
              </div>
            ) : null}
            <form method="post" action="/review/sign-in">
              <label>
                Auditor key
                <input type="password" name="key" autocomplete="off" required placeholder="vg_…" autofocus />
              </label>
              <button class="button primary" type="submit">Sign in</button>
            </form>
          </div>
        </main>
      </body>
    </html>
  );
}

/** `GET|POST /review/sign-in`: auditor keys only (a key with audit:read); each sign-in is an audit entry. */
export function registerSignIn(app: ReviewApp, services: Services): void {
  app.get("/sign-in", (context) => renderPage(context, <SignInPage />));
  app.post("/sign-in", async (context) => {
    const form = await context.req.parseBody();
    const key = typeof form.key === "string" ? form.key.trim() : "";
    const authentication = authenticate(services.keys, key || undefined, services.now());
    if (!authentication.ok) return renderPage(context, <SignInPage error="That key is not a valid, active Veilgate key." />, 401);
    const { principal } = authentication;
    if (!can(principal, "audit:read")) {
      return renderPage(context, <SignInPage error={`This key (role ${principal.role}) may not read the audit log. Sign in with an auditor key.`} />, 403);
    }
    services.exchangeLog.appendAdminAction({
      time: services.now().toISOString(),
      requestId: context.get("requestId"),
      actorKeyId: principal.keyId,
      action: "review.sign_in",
      target: "review:console",
      before: null,
      after: null,
    });
    const session = sealReviewSession(services, hashKeySecret(key));
    setCookie(context, REVIEW_COOKIE, session.cookie, reviewCookieOptions(services, context));
    return context.redirect("/review", 303);
  });
}
