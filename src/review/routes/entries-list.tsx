import type { ChainVerification } from "../../audit/chain-verification.ts";
import { can } from "../../auth/permissions.ts";
import type { Services } from "../../services.ts";
import { DailyChart } from "../components/daily-chart.tsx";
import { EntriesTable } from "../components/entries-table.tsx";
import { FilterForm } from "../components/filter-form.tsx";
import { ReviewLayout } from "../components/review-layout.tsx";
import { TypeCounts } from "../components/type-counts.tsx";
import { renderPage } from "../render-page.ts";
import type { ReviewApp } from "../review-env.ts";
import { parseReviewFilters, reviewQueryString } from "../review-filters.ts";

const PAGE_SIZE = 50;
const CHART_DAYS = 14;
const number = new Intl.NumberFormat("en-US");

/** `GET /review`: the filterable list, with totals, the per-day chart and the per-type legend. */
export function registerEntriesList(app: ReviewApp, services: Services, chainStatus: () => ChainVerification): void {
  app.get("/", (context) => {
    const { filter, form, cursor } = parseReviewFilters(context.req.query());
    const page = services.exchangeLog.search({ ...filter, limit: PAGE_SIZE, ...(cursor === undefined ? {} : { afterSeq: cursor }) });
    const today = services.now().toISOString().slice(0, 10);
    const chartTo = form.to ?? today;
    const chartFrom = form.from ?? new Date(Date.parse(`${chartTo}T00:00:00Z`) - (CHART_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    // Totals, chart and legend cover the chosen days (by default the last two weeks), so a
    // page view never summarises the whole log.
    const summary = services.exchangeLog.summarize({
      ...filter,
      from: filter.from ?? `${chartFrom}T00:00:00.000Z`,
      to: filter.to ?? new Date(Date.parse(`${chartTo}T00:00:00Z`) + 86_400_000).toISOString(),
    });
    const period = `${chartFrom} – ${chartTo}`;
    const reviewer = context.get("reviewer");
    const stat = (label: string, value: number, tone = "") => (
      <div class={`card stat ${tone}`}>
        <div class="label">{label}</div>
        <div class="value" data-testid={`stat-${tone || label.toLowerCase()}`}>{number.format(value)}</div>
      </div>
    );
    return renderPage(
      context,
      <ReviewLayout title="Entries" reviewer={reviewer} csrfToken={context.get("csrfToken")} chain={chainStatus()}>
        <div class="page-head">
          <div>
            <h1>Audit log</h1>
            <div class="muted">Every exchange and admin action, redacted, hash-chained and signed.</div>
          </div>
          {can(reviewer, "audit:export") ? (
            <div class="actions">
              <span class="muted">Export this selection</span>
              <a class="button" href={`/review/export${reviewQueryString(form, { format: "jsonl" })}`} data-testid="export-jsonl">JSONL</a>
              <a class="button" href={`/review/export${reviewQueryString(form, { format: "csv" })}`} data-testid="export-csv">CSV</a>
            </div>
          ) : null}
        </div>
        <FilterForm form={form} vendors={services.vendors.list().map((vendor) => vendor.id)} />
        <div class="caption muted">Totals for {period}{filter.from || filter.to ? "" : " (set From and To for another period)"}</div>
        <div class="stats">
          {stat("Exchanges", summary.exchanges)}
          {stat("Redactions", summary.redactions, "redactions")}
          {stat("Refusals", summary.refusals, "refusals")}
          {stat("Admin actions", summary.entries - summary.exchanges, "admin")}
        </div>
        <div class="grid cols-2">
          <section class="card">
            <h2>Redactions and refusals per day <span class="muted">· {period}</span></h2>
            <DailyChart perDay={summary.perDay} from={chartFrom} to={chartTo} />
          </section>
          <section class="card">
            <h2>Redactions by type <span class="muted">· {period}</span></h2>
            <TypeCounts perType={summary.perType} emptyText="No redactions in this selection." />
          </section>
        </div>
        <h2 class="section-title">Entries</h2>
        <EntriesTable items={page.items} />
        <div class="pager">
          <span class="muted">
            {page.items.length === 0 ? "" : `Showing #${page.items[0]!.seq} – #${page.items.at(-1)!.seq}`}
          </span>
          <span class="actions">
            {cursor !== undefined ? <a class="button" href={`/review${reviewQueryString(form)}`}>Newest</a> : null}
            {page.nextAfterSeq !== null ? (
              <a class="button" href={`/review${reviewQueryString(form, { cursor: String(page.nextAfterSeq) })}`} data-testid="older">
                Older →
              </a>
            ) : null}
          </span>
        </div>
      </ReviewLayout>,
    );
  });
}
