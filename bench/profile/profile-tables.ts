import type { TableCells } from "../report/format-table.ts";
import type { ProfileEntry } from "./summarize-cpu-profile.ts";

/** A ranked profile list as table cells: name, share of busy time, µs per request. */
export function profileEntryCells(title: string, entries: readonly ProfileEntry[], limit: number): TableCells {
  return [
    [title, "% busy", "≈ CPU µs/req"],
    ...entries.slice(0, limit).map((entry) => [entry.name, entry.percent.toFixed(1), entry.microsPerRequest.toFixed(1)]),
  ];
}
