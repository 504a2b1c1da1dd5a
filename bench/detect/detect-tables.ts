import type { TableCells } from "../report/format-table.ts";
import type { PeerRatio, TargetCheck } from "./compare-with-peers.ts";
import type { QualityLine } from "./score-engines.ts";
import type { EngineResult } from "./summarize-engine.ts";

const rate = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const micros = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const times = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
const percent = (value: number | null) => (value === null ? "n/a" : `${(value * 100).toFixed(1)}%`);

/** Throughput and per-prompt latency, one row per engine. */
export function speedCells(results: readonly EngineResult[]): TableCells {
  return [
    ["engine", "MB/s (CPU)", "MB/s (wall)", "CPU MB/s per visit min–max", "p50 µs", "p90 µs", "p99 µs", "prompts timed"],
    ...results.map((result) => [
      result.label,
      rate(result.cpuMBps),
      rate(result.wallMBps),
      `${rate(result.cpuMBpsPerVisit.min)}–${rate(result.cpuMBpsPerVisit.max)}`,
      micros(result.latencyMicros.p50),
      micros(result.latencyMicros.p90),
      micros(result.latencyMicros.p99),
      String(result.calls),
    ]),
  ];
}

/** Veilgate (detect + redact) against each peer: how many times faster. */
export function ratioCells(ratios: readonly PeerRatio[]): TableCells {
  return [
    ["Veilgate ÷ peer", "throughput (CPU)", "throughput (wall)", "p50 latency", "p99 latency"],
    ...ratios.map((ratio) => [ratio.peer, times(ratio.cpuThroughput), times(ratio.wallThroughput), times(ratio.p50Speedup), times(ratio.p99Speedup)]),
  ];
}

/** The targets with PASS / MISS. */
export function targetCells(checks: readonly TargetCheck[]): TableCells {
  return [["target", "measured", "verdict"], ...checks.map((check) => [check.target, check.measured, check.verdict])];
}

/** One line per engine: recall, strict recall, decoys kept, prompts fully redacted. */
export function qualitySentence(line: QualityLine): string {
  const errors = line.errors > 0 ? `, ${line.errors} prompts threw` : "";
  return `${line.label}: recall ${percent(line.recall)} (strict ${percent(line.strictRecall)}), decoys kept ${percent(line.decoysKept)}, prompts fully redacted ${percent(line.fullyRedacted)}${errors}`;
}

/** What an engine found, most frequent first, e.g. "EMAIL 341, PHONE 290, …". */
export function foundSentence(line: QualityLine, limit = 12): string {
  const entries = Object.entries(line.found);
  const shown = entries.slice(0, limit).map(([label, count]) => `${label} ${count}`);
  const rest = entries.length > limit ? `, … ${entries.length - limit} more types` : "";
  return `${line.label} found: ${shown.join(", ") || "nothing"}${rest}`;
}
