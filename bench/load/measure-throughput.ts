import type { Dispatcher } from "undici";
import type { AnswerMode, BenchTarget } from "./bench-target.ts";
import type { CpuMeter } from "./cpu-meter.ts";
import { runClosedLoops } from "./run-closed-loops.ts";

/** Raw timings of one closed-loop run, its length, and the server CPU it cost. */
export interface ThroughputSamples {
  latencies: number[];
  seconds: number;
  cpuMicros?: number;
}

/**
 * Runs `concurrency` closed loops (each sends its next request when its last one ends) for
 * `seconds`, bounded by `maxRequests`, after `warmupSeconds` of the same unmeasured.
 * Requests in flight at the deadline finish and count, and the elapsed time includes them.
 */
export async function measureThroughput(options: {
  dispatcher: Dispatcher;
  target: BenchTarget;
  mode: AnswerMode;
  body: string;
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  maxRequests: number;
  cpuMeter?: CpuMeter;
}): Promise<ThroughputSamples> {
  if (options.warmupSeconds > 0) await runClosedLoops(options, options.warmupSeconds, options.maxRequests);
  const cpuBefore = await options.cpuMeter?.();
  const measured = await runClosedLoops(options, options.seconds, options.maxRequests);
  const cpuAfter = await options.cpuMeter?.();
  return { ...measured, ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMicros: cpuAfter - cpuBefore } : {}) };
}
