import { ENTITY_TYPES } from "../../detect/types.ts";
import type { ReviewFormValues } from "../review-filters.ts";

/** A drop-down of the filter bar: "Any" first, then each [value, label] choice. */
function FilterSelect(props: { label: string; name: string; value: string | undefined; choices: ReadonlyArray<readonly [string, string]> }) {
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="">Any</option>
        {props.choices.map(([value, label]) => (
          <option value={value} selected={props.value === value}>{label}</option>
        ))}
      </select>
    </label>
  );
}

const KIND_CHOICES = [["exchange", "Exchanges"], ["admin_action", "Admin actions"]] as const;
const STATUS_CHOICES = [["ok", "ok"], ["refused", "Refused (any error)"]] as const;
const same = (value: string) => [value, value] as const;

/** The filter bar: a plain GET form (no script needed). */
export function FilterForm(props: { form: ReviewFormValues; vendors: string[] }) {
  const { form } = props;
  // An exact error code (from a link or a typed URL) stays selectable, so the form shows what is applied.
  const exactStatus = form.status && !STATUS_CHOICES.some(([value]) => value === form.status) ? [same(form.status)] : [];
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
      <FilterSelect label="Kind" name="kind" value={form.kind} choices={KIND_CHOICES} />
      <FilterSelect label="Status" name="status" value={form.status} choices={[...STATUS_CHOICES, ...exactStatus]} />
      <FilterSelect label="Vendor" name="vendor" value={form.vendor} choices={props.vendors.map(same)} />
      <FilterSelect label="Entity type" name="type" value={form.type} choices={ENTITY_TYPES.map(same)} />
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
