import { z } from "zod";
import type { AuditFilter } from "../audit/audit-query.ts";

const DAY_MS = 86_400_000;
/** Whether `YYYY-MM-DD` names a day of the calendar: not 2026-13-01, nor 2026-02-30 (which Date.parse rolls over). */
const isCalendarDay = (value: string): boolean => {
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isCalendarDay).optional().catch(undefined);
const text = z.string().trim().max(200).optional().catch(undefined);

/** The list page's query string, as the filter form sends it (every field optional; bad values are dropped). */
const reviewQuery = z.object({
  from: day,
  to: day,
  kind: z.enum(["exchange", "admin_action"]).optional().catch(undefined),
  key: text,
  vendor: text,
  model: text,
  type: text,
  status: text,
  rule: text,
  q: text,
  cursor: z.string().regex(/^\d+$/).optional().catch(undefined),
});

/** The form's values, echoed back into the inputs. */
export type ReviewFormValues = Omit<z.infer<typeof reviewQuery>, "cursor">;

/**
 * Reads the filter form: `from`/`to` are whole UTC days (both inclusive; a day that is not
 * in the calendar is dropped like any bad value), `status` is `ok`, `refused` or an exact
 * code. Returns the AuditFilter, the form values and the page cursor.
 */
export function parseReviewFilters(query: Record<string, string>): { filter: AuditFilter; form: ReviewFormValues; cursor: number | undefined } {
  const { cursor, ...form } = reviewQuery.parse(query);
  const filter: AuditFilter = {};
  if (form.from) filter.from = `${form.from}T00:00:00.000Z`;
  if (form.to) filter.to = new Date(Date.parse(`${form.to}T00:00:00.000Z`) + DAY_MS).toISOString();
  if (form.kind) filter.kind = form.kind;
  if (form.key) filter.keyId = form.key;
  if (form.vendor) filter.vendor = form.vendor;
  if (form.model) filter.model = form.model;
  if (form.type) filter.entityType = form.type;
  if (form.rule) filter.ruleId = form.rule;
  if (form.q) filter.text = form.q;
  if (form.status === "ok" || form.status === "refused") filter.outcome = form.status;
  else if (form.status) filter.status = form.status;
  return { filter, form, cursor: cursor === undefined ? undefined : Number(cursor) };
}

/** The query string for these form values (and an optional cursor), for links that keep the filter. */
export function reviewQueryString(form: ReviewFormValues, extra: Record<string, string> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...form, ...extra })) if (value) parameters.set(name, value);
  const text = parameters.toString();
  return text ? `?${text}` : "";
}
