import type { Dispatcher } from "undici";
import type { AnswerMode, BenchTarget } from "./bench-target.ts";
import type { CpuMeter } from "./cpu-meter.ts";
import { sendTimedRequest } from "./send-timed-request.ts";
import { summarizeSamples, type TimingSummary } from "./summarize-samples.ts";

/** Closed-loop throughput: `concurrency` callers, each sending its next request when the last one ends. */
export interface ThroughputResult {
  concurrency: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latency: TimingSummary;
  cpuMicrosPerRequest?: number;
}

/** Runs `concurrency` closed loops until `seconds` pass or `maxRequests` were sent; returns their timings. */
async function runClosedLoops(
  options: { dispatcher: Dispatcher; target: BenchTarget; mode: AnswerMode; body: string; concurrency: number },
  seconds: number,
  maxRequests: number,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  let issued = 0;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline && issued < maxRequests) {
      issued++;
      const timed = await sendTimedRequest(options.dispatcher, options.target, options.mode, options.body);
      latencies.push(timed.latencyMs);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  return { latencies, seconds: (performance.now() - startedAt) / 1000 };
}

/**
 * Warms up for `warmupSeconds`, then measures requests per second over `seconds` (bounded
 * by `maxRequests`) with `concurrency` connections; requests in flight at the deadline
 * finish and count, and the elapsed time includes them.
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
}): Promise<ThroughputResult> {
  await runClosedLoops(options, options.warmupSeconds, options.maxRequests);
  const cpuBefore = await options.cpuMeter?.();
  const measured = await runClosedLoops(options, options.seconds, options.maxRequests);
  const cpuAfter = await options.cpuMeter?.();
  const requests = measured.latencies.length;
  return {
    concurrency: options.concurrency,
    requests,
    seconds: measured.seconds,
    requestsPerSecond: requests / measured.seconds,
    latency: summarizeSamples(measured.latencies),
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMicrosPerRequest: (cpuAfter - cpuBefore) / requests } : {}),
  };
}
