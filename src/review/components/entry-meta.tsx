/** An entry's facts as a label/value grid; hashes and ids in monospace, empty values as a dash. */
export function EntryMeta(props: { items: Array<[string, string | number | null | undefined]> }) {
  return (
    <dl class="meta">
      {props.items.map(([label, value]) => (
        <div>
          <dt>{label}</dt>
          <dd class={label === "Hash" || label === "Request id" ? "mono" : undefined}>{value === null || value === undefined || value === "" ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}

