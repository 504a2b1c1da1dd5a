import type { Dispatcher } from "undici";
import type { AnswerMode, BenchTarget } from "./bench-target.ts";
import type { CpuMeter } from "./cpu-meter.ts";
import { sendTimedRequest } from "./send-timed-request.ts";
import { summarizeSamples, type TimingSummary } from "./summarize-samples.ts";

/** Latency at one connection: one request at a time, after a warm-up. */
export interface SequentialResult {
  requests: number;
  latency: TimingSummary;
  firstByte: TimingSummary;
  /** Server CPU per measured request, when the server's CPU could be read. */
  cpuMicrosPerRequest?: number;
}

/**
 * Sends `warmupRequests` unmeasured then `requests` measured requests one after another over
 * `dispatcher` (give it an Agent limited to one connection), timing each.
 */
export async function measureSequential(options: {
  dispatcher: Dispatcher;
  target: BenchTarget;
  mode: AnswerMode;
  body: string;
  warmupRequests: number;
  requests: number;
  cpuMeter?: CpuMeter;
}): Promise<SequentialResult> {
  const { dispatcher, target, mode, body } = options;
  for (let index = 0; index < options.warmupRequests; index++) await sendTimedRequest(dispatcher, target, mode, body);
  const latencies = new Float64Array(options.requests);
  const firstBytes = new Float64Array(options.requests);
  const cpuBefore = await options.cpuMeter?.();
  for (let index = 0; index < options.requests; index++) {
    const timed = await sendTimedRequest(dispatcher, target, mode, body);
    latencies[index] = timed.latencyMs;
    firstBytes[index] = timed.firstByteMs;
  }
  const cpuAfter = await options.cpuMeter?.();
  return {
    requests: options.requests,
    latency: summarizeSamples(latencies),
    firstByte: summarizeSamples(firstBytes),
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMicrosPerRequest: (cpuAfter - cpuBefore) / options.requests } : {}),
  };
}
