import { summarizeSamples } from "../load/summarize-samples.ts";
import type { DetectEngine } from "./detect-engine.ts";
import type { EngineMeasurement } from "./measure-engines.ts";

/** One engine's numbers as reported. MB = 10^6 UTF-8 bytes of prompt text. */
export interface EngineResult {
  id: string;
  label: string;
  role: DetectEngine["role"];
  setup: string;
  passesPerVisit: number;
  visits: number;
  calls: number;
  bytes: number;
  cpuSeconds: number;
  wallSeconds: number;
  /** Bytes ÷ process CPU time (user + system) over all measured visits: the headline figure. */
  cpuMBps: number;
  /** Bytes ÷ wall time over all measured visits. */
  wallMBps: number;
  /** Spread of CPU MB/s across visits, to judge stability. */
  cpuMBpsPerVisit: { min: number; median: number; max: number };
  /** Per-prompt wall time in microseconds. */
  latencyMicros: { p50: number; p90: number; p99: number; mean: number; max: number };
  warmup: EngineMeasurement["warmup"];
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Totals, rates and percentiles of one engine's measured visits. */
export function summarizeEngine(measurement: EngineMeasurement): EngineResult {
  const { engine, visits } = measurement;
  const bytes = visits.reduce((total, visit) => total + visit.bytes, 0);
  const cpuSeconds = visits.reduce((total, visit) => total + visit.cpuSeconds, 0);
  const wallSeconds = visits.reduce((total, visit) => total + visit.wallSeconds, 0);
  const perVisit = visits.map((visit) => visit.bytes / 1e6 / visit.cpuSeconds);
  // summarizeSamples is unit-agnostic; these samples are microseconds.
  const latency = summarizeSamples(measurement.latenciesMicros);
  return {
    id: engine.id,
    label: engine.label,
    role: engine.role,
    setup: engine.setup,
    passesPerVisit: measurement.passesPerVisit,
    visits: visits.length,
    calls: measurement.latenciesMicros.length,
    bytes,
    cpuSeconds,
    wallSeconds,
    cpuMBps: bytes / 1e6 / cpuSeconds,
    wallMBps: bytes / 1e6 / wallSeconds,
    cpuMBpsPerVisit: { min: Math.min(...perVisit), median: median(perVisit), max: Math.max(...perVisit) },
    latencyMicros: { p50: latency.p50, p90: latency.p90, p99: latency.p99, mean: latency.mean, max: latency.max },
    warmup: measurement.warmup,
  };
}
