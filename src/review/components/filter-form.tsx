import { ENTITY_TYPES } from "../../detect/types.ts";
import type { ReviewFormValues } from "../review-filters.ts";

/** The filter bar: a plain GET form (no script needed). */
export function FilterForm(props: { form: ReviewFormValues; vendors: string[] }) {
  const { form } = props;
  return (
    <form method="get" action="/review" class="card filters" data-testid="filters">
      <label>
        From
        <input type="date" name="from" value={form.from ?? ""} />
      </label>
      <label>
        To
        <input type="date" name="to" value={form.to ?? ""} />
      </label>
      <label>
        Kind
        <select name="kind">
          <option value="">Any</option>
          <option value="exchange" selected={form.kind === "exchange"}>Exchanges</option>
          <option value="admin_action" selected={form.kind === "admin_action"}>Admin actions</option>
        </select>
      </label>
      <label>
        Status
        <select name="status">
          <option value="">Any</option>
          <option value="ok" selected={form.status === "ok"}>ok</option>
          <option value="refused" selected={form.status === "refused"}>Refused (any error)</option>
          {form.status && !["ok", "refused"].includes(form.status) ? <option value={form.status} selected>{form.status}</option> : null}
        </select>
      </label>
      <label>
        Vendor
        <select name="vendor">
          <option value="">Any</option>
          {props.vendors.map((vendor) => (
            <option value={vendor} selected={form.vendor === vendor}>{vendor}</option>
          ))}
        </select>
      </label>
      <label>
        Entity type
        <select name="type">
          <option value="">Any</option>
          {ENTITY_TYPES.map((type) => (
            <option value={type} selected={form.type === type}>{type}</option>
          ))}
        </select>
      </label>
      <label>
        Model
        <input name="model" value={form.model ?? ""} placeholder="e.g. gpt-4o" />
      </label>
      <label>
        Key id
        <input name="key" value={form.key ?? ""} placeholder="key_…" />
      </label>
      <label>
        Rule id
        <input name="rule" value={form.rule ?? ""} placeholder="e.g. us-ssn" />
      </label>
      <label class="wide">
        Text in transcript
        <input type="search" name="q" value={form.q ?? ""} placeholder="Words or a placeholder, e.g. US_SSN" />
      </label>
      <div class="actions">
        <button class="button primary" type="submit">Apply</button>
        <a class="button" href="/review">Reset</a>
      </div>
    </form>
  );
}
