import { entityClass } from "../entity-colors.ts";

const number = new Intl.NumberFormat("en-US");

/** Redactions per entity type, largest first: the colour legend for the placeholders, with a bar each. */
export function TypeCounts(props: { perType: Record<string, number>; emptyText?: string }) {
  const rows = Object.entries(props.perType).filter(([, count]) => count > 0).sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
  if (rows.length === 0) return <p class="muted">{props.emptyText ?? "No redactions."}</p>;
  const largest = rows[0]![1];
  return (
    <ul class="legend" data-testid="type-counts">
      {rows.map(([type, count]) => (
        <li class={entityClass(type)} data-type={type}>
          <span class="swatch" />
          <span class="mono">{type}</span>
          <span class="count">{number.format(count)}</span>
          <svg class="bar-svg" viewBox="0 0 100 4" preserveAspectRatio="none" width="100%" height="5" aria-hidden="true">
            <rect x="0" y="0" width={Math.max(2, (count / largest) * 100)} height="4" rx="1.5" fill="currentColor" />
          </svg>
        </li>
      ))}
    </ul>
  );
}
