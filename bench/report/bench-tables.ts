import type { BenchRow } from "./bench-row.ts";
import type { TableCells } from "./format-table.ts";
import type { TargetCheck } from "./evaluate-targets.ts";

const milliseconds = (value: number): string => value.toFixed(3);
const optionalMicros = (value: number | undefined): string => (value === undefined ? "—" : value.toFixed(0));

/** The measurement table: one line per target and answer mode. */
export function measurementCells(rows: readonly BenchRow[]): TableCells {
  const concurrency = rows[0]?.throughput.concurrency ?? 0;
  return [
    [
      "target",
      "mode",
      "p50 ms",
      "p99 ms",
      "1st byte p50",
      "1st byte p99",
      `req/s @${concurrency}`,
      `p50 ms @${concurrency}`,
      `p99 ms @${concurrency}`,
      "CPU µs/req @1",
      `CPU µs/req @${concurrency}`,
    ],
    ...rows.map((row) => [
      row.label,
      row.mode,
      milliseconds(row.sequential.latency.p50),
      milliseconds(row.sequential.latency.p99),
      milliseconds(row.sequential.firstByte.p50),
      milliseconds(row.sequential.firstByte.p99),
      row.throughput.requestsPerSecond.toFixed(0),
      milliseconds(row.throughput.latency.p50),
      milliseconds(row.throughput.latency.p99),
      optionalMicros(row.sequential.cpuMicrosPerRequest),
      optionalMicros(row.throughput.cpuMicrosPerRequest),
    ]),
  ];
}

function formatValue(check: TargetCheck): string {
  if (check.unit === "ms") return `${check.value >= 0 ? "+" : ""}${check.value.toFixed(3)} ms`;
  if (check.unit === "%") return `${check.value.toFixed(1)}%`;
  return `${check.value.toFixed(0)} µs`;
}

/** The verdict table: Veilgate against (b), each figure next to its target. */
export function checkCells(checks: readonly TargetCheck[]): TableCells {
  return [
    ["Veilgate (c) vs bare hop (b)", "value", "target", "verdict", "detail"],
    ...checks.map((check) => [
      check.name,
      formatValue(check),
      check.target || "—",
      check.pass === null ? "info" : check.pass ? "PASS" : "MISS",
      check.detail ?? "",
    ]),
  ];
}
