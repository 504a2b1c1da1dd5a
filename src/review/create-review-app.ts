import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import type { Services } from "../services.ts";
import { createChainStatusCache } from "./chain-status-cache.ts";
import { requireReviewSession } from "./require-review-session.ts";
import type { ReviewEnv } from "./review-env.ts";
import { registerEntriesList } from "./routes/entries-list.tsx";
import { registerEntryDetail } from "./routes/entry-detail.tsx";
import { registerReviewExport } from "./routes/export.ts";
import { registerSignIn } from "./routes/sign-in.tsx";
import { registerSignOut } from "./routes/sign-out.ts";
import { registerStylesheet } from "./routes/stylesheet.ts";

/**
 * The security review console, mounted at `/review`: server-rendered (hono/jsx), no script
 * at all. Strict headers on every response: a CSP that allows only this origin's stylesheet
 * and forms, no framing, no referrer. POSTs pass hono/csrf's Origin/Sec-Fetch-Site check,
 * and signed-in forms also carry the session's token. Routes are registered in order: the
 * stylesheet and sign-in are public; everything after the session check needs an auditor.
 */
export function createReviewApp(services: Services): Hono<ReviewEnv> {
  const app = new Hono<ReviewEnv>();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: "no-referrer",
      xFrameOptions: "DENY",
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
      crossOriginOpenerPolicy: "same-origin",
      crossOriginResourcePolicy: "same-origin",
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  app.use(csrf());
  const chainStatus = createChainStatusCache(services);

  registerStylesheet(app);
  registerSignIn(app, services);
  app.use(requireReviewSession(services));
  registerSignOut(app, services);
  registerEntriesList(app, services, chainStatus);
  registerEntryDetail(app, services, chainStatus);
  registerReviewExport(app, services);
  return app;
}
