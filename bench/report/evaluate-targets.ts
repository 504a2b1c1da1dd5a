import { ANSWER_MODES } from "../load/bench-target.ts";
import { type BenchRow, rowOf } from "./bench-row.ts";

/** One comparison of Veilgate with the bare hop, next to its target. */
export interface TargetCheck {
  name: string;
  value: number;
  unit: "ms" | "%" | "µs";
  /** The target in words, e.g. "≤ 0.5 ms"; empty for a figure reported without one. */
  target: string;
  /** null for a figure reported without a target. */
  pass: boolean | null;
  detail?: string;
}

/** Veilgate's budget over the bare pass-through hop (b), from the issue. */
export const TARGETS = {
  addedP50Ms: 0.5,
  streamFirstByteMs: 1,
  throughputRatio: 0.6,
  cpuMicrosPerRequest: 500,
} as const;

/**
 * Compares Veilgate (c) with the bare pass-through hop (b): added p50/p99 latency, the
 * streaming first-byte delay, throughput as a share of (b)'s, and CPU per request. CPU is
 * judged on the worse of the 1-connection and 10-connection figures.
 */
export function evaluateTargets(rows: readonly BenchRow[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const mode of ANSWER_MODES) {
    const hop = rowOf(rows, "pass-through", mode);
    const veilgate = rowOf(rows, "veilgate", mode);
    const addedP50 = veilgate.sequential.latency.p50 - hop.sequential.latency.p50;
    checks.push({ name: `Added p50 latency over (b), ${mode}`, value: addedP50, unit: "ms", target: `≤ ${TARGETS.addedP50Ms} ms`, pass: addedP50 <= TARGETS.addedP50Ms });
    checks.push({ name: `Added p99 latency over (b), ${mode}`, value: veilgate.sequential.latency.p99 - hop.sequential.latency.p99, unit: "ms", target: "", pass: null });
  }
  const hopStream = rowOf(rows, "pass-through", "stream");
  const veilgateStream = rowOf(rows, "veilgate", "stream");
  const firstByteDelta = veilgateStream.sequential.firstByte.p50 - hopStream.sequential.firstByte.p50;
  checks.push({ name: "Streaming first byte after (b)'s, p50", value: firstByteDelta, unit: "ms", target: `≤ ${TARGETS.streamFirstByteMs} ms`, pass: firstByteDelta <= TARGETS.streamFirstByteMs });
  checks.push({ name: "Streaming first byte after (b)'s, p99", value: veilgateStream.sequential.firstByte.p99 - hopStream.sequential.firstByte.p99, unit: "ms", target: "", pass: null });
  for (const mode of ANSWER_MODES) {
    const ratio = rowOf(rows, "veilgate", mode).throughput.requestsPerSecond / rowOf(rows, "pass-through", mode).throughput.requestsPerSecond;
    checks.push({ name: `Throughput vs (b) at ${rowOf(rows, "veilgate", mode).throughput.concurrency} connections, ${mode}`, value: ratio * 100, unit: "%", target: `≥ ${TARGETS.throughputRatio * 100}%`, pass: ratio >= TARGETS.throughputRatio });
  }
  for (const mode of ANSWER_MODES) {
    const veilgate = rowOf(rows, "veilgate", mode);
    const hop = rowOf(rows, "pass-through", mode);
    const sequential = veilgate.sequential.cpuMicrosPerRequest ?? Number.NaN;
    const concurrent = veilgate.throughput.cpuMicrosPerRequest ?? Number.NaN;
    const worse = Math.max(sequential, concurrent);
    checks.push({
      name: `Veilgate CPU per request, ${mode}`,
      value: worse,
      unit: "µs",
      target: `≤ ${TARGETS.cpuMicrosPerRequest} µs`,
      pass: worse <= TARGETS.cpuMicrosPerRequest,
      detail: `1 conn ${sequential.toFixed(0)} µs, 10 conn ${concurrent.toFixed(0)} µs; (b) uses ${(hop.sequential.cpuMicrosPerRequest ?? Number.NaN).toFixed(0)} / ${(hop.throughput.cpuMicrosPerRequest ?? Number.NaN).toFixed(0)} µs`,
    });
  }
  return checks;
}
