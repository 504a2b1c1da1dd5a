import type { Child } from "hono/jsx";
import type { ChainVerification } from "../../audit/chain-verification.ts";
import type { Reviewer } from "../review-env.ts";
import { ChainStatus } from "./chain-status.tsx";

/** Every signed-in page: the top bar (brand, chain status, reviewer, sign-out) and the content. */
export function ReviewLayout(props: { title: string; reviewer: Reviewer; csrfToken: string; chain: ChainVerification; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Veilgate Review</title>
        <link rel="stylesheet" href="/review/assets/review.css" />
      </head>
      <body>
        <header class="topbar">
          <a class="brand" href="/review">
            Veilgate<span>Review</span>
          </a>
          <nav>
            <a href="/review">Entries</a>
          </nav>
          <ChainStatus chain={props.chain} />
          <span class="spacer" />
          <div class="who">
            <span>
              Signed in as <strong>{props.reviewer.keyName}</strong> ({props.reviewer.role})
            </span>
            <form method="post" action="/review/sign-out">
              <input type="hidden" name="_csrf" value={props.csrfToken} />
              <button type="submit">Sign out</button>
            </form>
          </div>
        </header>
        <main class="page">{props.children}</main>
      </body>
    </html>
  );
}
