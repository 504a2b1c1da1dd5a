import type { AuditItem } from "../../audit/audit-entry.ts";
import type { ChainVerification } from "../../audit/chain-verification.ts";
import { type RevealDecision, REVEALABLE_PLACEHOLDER } from "../../audit/reveal-placeholder.ts";
import { can } from "../../auth/permissions.ts";
import { revealAuditValue } from "../../http/reveal-audit-value.ts";
import type { Services } from "../../services.ts";
import { EntityChips, StatusPill } from "../components/entries-table.tsx";
import { EntryMeta } from "../components/entry-meta.tsx";
import { type Reveal, RevealPanel } from "../components/reveal-panel.tsx";
import { HighlightedText, placeholdersIn } from "../components/highlighted-text.tsx";
import { ReviewLayout } from "../components/review-layout.tsx";
import { TranscriptView } from "../components/transcript-view.tsx";
import { TypeCounts } from "../components/type-counts.tsx";
import { prettyJson } from "../components/transcript-turns.ts";
import { renderPage } from "../render-page.ts";
import type { Context } from "hono";
import type { ReviewApp, ReviewEnv } from "../review-env.ts";

function EntryPage(props: { item: AuditItem; revealable: boolean; csrfToken: string; reveal: Reveal }) {
  const { item } = props;
  const { entry } = item;
  if (entry.kind === "admin_action") {
    const record = entry.record;
    return (
      <>
        <section class="card">
          <EntryMeta items={[["Time (UTC)", record.time], ["Actor key", record.actorKeyId ?? "host CLI"], ["Action", record.action], ["Target", record.target], ["Request id", record.requestId], ["Hash", item.hash]]} />
        </section>
        <div class="grid cols-2">
          <section class="card"><h2>Before</h2><div class="turn"><pre class="code"><HighlightedText text={prettyJson(JSON.stringify(record.before ?? null))} /></pre></div></section>
          <section class="card"><h2>After</h2><div class="turn"><pre class="code"><HighlightedText text={prettyJson(JSON.stringify(record.after ?? null))} /></pre></div></section>
        </div>
      </>
    );
  }
  const record = entry.record;
  const placeholders = placeholdersIn(`${record.redactedRequest ?? ""}\n${record.redactedResponse ?? ""}`);
  return (
    <>
      <section class="card">
        <EntryMeta
          items={[
            ["Time (UTC)", record.time], ["Key", record.keyId], ["Vendor", record.vendor], ["Model", record.model],
            ["Endpoint", record.endpoint], ["Stream", record.stream ? "yes" : "no"], ["HTTP status", record.httpStatus], ["Latency", `${record.latencyMs} ms`],
            ["Rules", (record.ruleIds ?? []).join(", ")], ["Request id", record.requestId], ["Hash", item.hash],
          ]}
        />
      </section>
      <div class="grid cols-2">
        <section class="card">
          <h2>Transcript (redacted)</h2>
          <TranscriptView redactedRequest={record.redactedRequest} redactedResponse={record.redactedResponse} />
        </section>
        <div class="grid">
          <section class="card">
            <h2>Placeholders by type</h2>
            <TypeCounts perType={record.entityCounts} emptyText="Nothing was redacted in this exchange." />
          </section>
          {props.revealable && placeholders.length > 0 ? <RevealPanel seq={item.seq} placeholders={placeholders} csrfToken={props.csrfToken} reveal={props.reveal} /> : null}
        </div>
      </div>
    </>
  );
}

/** `GET /review/entries/:seq` (one transcript) and `POST /review/entries/:seq/reveal` (break-glass, logged). */
export function registerEntryDetail(app: ReviewApp, services: Services, chainStatus: () => ChainVerification): void {
  const show = async (context: Context<ReviewEnv>, reveal: Reveal, status: 200 | 400 = 200) => {
    const seq = Number(context.req.param("seq"));
    const item = Number.isSafeInteger(seq) && seq > 0 ? services.exchangeLog.get(seq) : undefined;
    const reviewer = context.get("reviewer");
    const layout = { reviewer, csrfToken: context.get("csrfToken"), chain: chainStatus() };
    if (!item) return renderPage(context, <ReviewLayout title="Not found" {...layout}><div class="notice bad">No audit entry #{context.req.param("seq")}.</div></ReviewLayout>, 404);
    const revealable = Boolean(services.settings.revealEnabled) && can(reviewer, "audit:reveal") && item.entry.kind === "exchange" && Boolean(item.entry.record.sealedValueMap);
    const title = item.entry.kind === "exchange" ? `Exchange #${item.seq}` : `Admin action #${item.seq}`;
    return renderPage(
      context,
      <ReviewLayout title={title} {...layout}>
        <div class="page-head">
          <div>
            <a href="/review">← All entries</a>
            <h1>{title}</h1>
          </div>
          {item.entry.kind === "exchange" ? <div class="actions"><StatusPill status={item.entry.record.status} httpStatus={item.entry.record.httpStatus} /><EntityChips counts={item.entry.record.entityCounts} /></div> : null}
        </div>
        <EntryPage item={item} revealable={revealable} csrfToken={layout.csrfToken} reveal={reveal} />
      </ReviewLayout>,
      status,
    );
  };
  app.get("/entries/:seq", (context) => show(context, undefined));
  app.post("/entries/:seq/reveal", async (context) => {
    const form = await context.req.parseBody();
    const placeholder = typeof form.placeholder === "string" ? form.placeholder : "";
    // Anything but a placeholder (a hand-made form, `constructor`) is refused before a value map is opened or a reveal logged.
    if (!REVEALABLE_PLACEHOLDER.test(placeholder)) {
      const refusal: RevealDecision = { revealed: false, reason: "unknown_placeholder", message: "Pick one of this exchange's placeholders, such as [US_SSN_7QK2MX]." };
      return show(context, { placeholder, decision: refusal }, 400);
    }
    const reviewer = context.get("reviewer");
    const decision: RevealDecision = can(reviewer, "audit:reveal")
      ? revealAuditValue(services, {
          seq: Number(context.req.param("seq")),
          placeholder,
          justification: typeof form.justification === "string" ? form.justification : "",
          actorKeyId: reviewer.keyId,
          requestId: context.get("requestId"),
        })
      : { revealed: false, reason: "disabled", message: "This key lacks the audit:reveal permission." };
    return show(context, { placeholder, decision });
  });
}
