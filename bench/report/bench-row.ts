import type { AnswerMode } from "../load/bench-target.ts";
import type { TimingSummary } from "../load/summarize-samples.ts";

/** Everything measured for one target and one answer mode, over all rounds. */
export interface BenchRow {
  target: string;
  label: string;
  mode: AnswerMode;
  /** One request at a time over one connection. */
  sequential: {
    requests: number;
    latency: TimingSummary;
    firstByte: TimingSummary;
    /** Server CPU per request; absent for the vendor row. */
    cpuMicrosPerRequest?: number;
  };
  /** Closed loops over `concurrency` connections. */
  throughput: {
    concurrency: number;
    requests: number;
    seconds: number;
    requestsPerSecond: number;
    latency: TimingSummary;
    cpuMicrosPerRequest?: number;
  };
}

/** The row for `target` and `mode`; throws when it was not measured. */
export function rowOf(rows: readonly BenchRow[], target: string, mode: AnswerMode): BenchRow {
  const row = rows.find((candidate) => candidate.target === target && candidate.mode === mode);
  if (!row) throw new Error(`no measurement for ${target} (${mode})`);
  return row;
}
