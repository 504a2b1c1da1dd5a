import { ANSWER_MODES } from "../load/bench-target.ts";
import { type BenchRow, rowOf } from "../report/bench-row.ts";
import type { TableCells } from "../report/format-table.ts";

/** A cost of Veilgate over the bare hop, split into the framework's share and the pipeline's. */
export interface OverheadSplit {
  mode: string;
  measure: string;
  bare: number;
  hono: number;
  veilgate: number;
  /** (d) − (b): Hono, @hono/node-server and web-stream adapters. */
  framework: number;
  /** (c) − (d): Veilgate's middleware and pipeline. */
  pipeline: number;
}

/** Splits Veilgate's added p50 latency and CPU per request into framework and pipeline shares. */
export function overheadBreakdown(rows: readonly BenchRow[]): OverheadSplit[] {
  const splits: OverheadSplit[] = [];
  for (const mode of ANSWER_MODES) {
    const bare = rowOf(rows, "pass-through", mode);
    const hono = rowOf(rows, "hono-pass-through", mode);
    const veilgate = rowOf(rows, "veilgate", mode);
    const measures: Array<[string, (row: BenchRow) => number]> = [
      ["p50 latency ms @1", (row) => row.sequential.latency.p50],
      ["1st byte p50 ms @1", (row) => row.sequential.firstByte.p50],
      ["CPU µs/req @1", (row) => row.sequential.cpuMicrosPerRequest ?? Number.NaN],
      ["CPU µs/req @10", (row) => row.throughput.cpuMicrosPerRequest ?? Number.NaN],
    ];
    for (const [measure, read] of measures) {
      splits.push({ mode, measure, bare: read(bare), hono: read(hono), veilgate: read(veilgate), framework: read(hono) - read(bare), pipeline: read(veilgate) - read(hono) });
    }
  }
  return splits;
}

/** The breakdown as table cells. */
export function breakdownCells(splits: readonly OverheadSplit[]): TableCells {
  const format = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3));
  return [
    ["measure", "mode", "(b) bare", "(d) Hono hop", "(c) Veilgate", "framework (d−b)", "pipeline (c−d)", "framework share of (c−b)"],
    ...splits.map((split) => [
      split.measure,
      split.mode,
      format(split.bare),
      format(split.hono),
      format(split.veilgate),
      format(split.framework),
      format(split.pipeline),
      `${((split.framework / (split.veilgate - split.bare)) * 100).toFixed(0)}%`,
    ]),
  ];
}
