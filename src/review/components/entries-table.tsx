import type { AuditItem } from "../../audit/audit-entry.ts";
import { NON_REFUSAL_STATUSES } from "../../audit/audit-query.ts";
import { entityClass } from "../entity-colors.ts";

/** Status as a coloured pill: ok, refused (any error code), or the client left. */
export function StatusPill(props: { status: string; httpStatus?: number }) {
  const tone = props.status === "ok" ? "ok" : NON_REFUSAL_STATUSES.includes(props.status) ? "left" : "refused";
  return (
    <span class={`pill ${tone}`} title={props.httpStatus ? `HTTP ${props.httpStatus}` : undefined}>
      {props.status}
    </span>
  );
}

/** Counts per entity type as coloured chips. */
export function EntityChips(props: { counts: Record<string, number> }) {
  const entries = Object.entries(props.counts).filter(([, count]) => count > 0);
  if (entries.length === 0) return <span class="muted">—</span>;
  return (
    <span class="chips">
      {entries.map(([type, count]) => (
        <span class={`chip ${entityClass(type)}`} data-type={type}>
          {type} <b>{count}</b>
        </span>
      ))}
    </span>
  );
}

const formatTime = (time: string) => time.replace("T", " ").slice(0, 19);

/** One page of entries: exchanges and admin actions, each row linking to its transcript. */
export function EntriesTable(props: { items: AuditItem[] }) {
  if (props.items.length === 0) return <div class="table-wrap empty">No entries match these filters.</div>;
  return (
    <div class="table-wrap">
      <table data-testid="entries">
        <thead>
          <tr>
            <th class="col-seq">#</th>
            <th class="col-time">Time (UTC)</th>
            <th class="col-kind">Kind</th>
            <th class="col-key">Key</th>
            <th class="col-route">Vendor / model · action</th>
            <th class="col-status">Status</th>
            <th>Redactions</th>
            <th class="col-ms num">Latency</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map(({ seq, entry }) => (
            <tr data-seq={seq} data-kind={entry.kind}>
              <td>
                <a href={`/review/entries/${seq}`}>#{seq}</a>
              </td>
              <td class="mono">{formatTime(entry.record.time)}</td>
              {entry.kind === "exchange" ? (
                <>
                  <td><span class="pill neutral">exchange</span></td>
                  <td class="mono" title={entry.record.keyId ?? ""}>{entry.record.keyId ?? "—"}</td>
                  <td title={`${entry.record.vendor ?? "—"} / ${entry.record.model ?? "—"} · ${entry.record.endpoint}`}>
                    <a href={`/review/entries/${seq}`}>{entry.record.vendor ?? "—"} / {entry.record.model ?? "—"}</a>
                  </td>
                  <td><StatusPill status={entry.record.status} httpStatus={entry.record.httpStatus} /></td>
                  <td class="wrap"><EntityChips counts={entry.record.entityCounts} /></td>
                  <td class="num">{Math.round(entry.record.latencyMs)} ms</td>
                </>
              ) : (
                <>
                  <td><span class="pill admin">admin</span></td>
                  <td class="mono" title={entry.record.actorKeyId ?? "host CLI"}>{entry.record.actorKeyId ?? "host CLI"}</td>
                  <td title={`${entry.record.action} ${entry.record.target}`}>
                    <a href={`/review/entries/${seq}`}>{entry.record.action}</a> <span class="muted">{entry.record.target}</span>
                  </td>
                  <td><span class="muted">—</span></td>
                  <td><span class="muted">—</span></td>
                  <td class="num muted">—</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
