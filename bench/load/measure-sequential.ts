import type { Dispatcher } from "undici";
import type { AnswerMode, BenchTarget } from "./bench-target.ts";
import type { CpuMeter } from "./cpu-meter.ts";
import { sendTimedRequest } from "./send-timed-request.ts";

/** Raw timings of requests sent one at a time, and the server CPU they cost. */
export interface SequentialSamples {
  latencies: number[];
  firstBytes: number[];
  /** Server CPU over the measured requests, when the server's CPU could be read. */
  cpuMicros?: number;
}

/**
 * Sends `requests` requests one after another over `dispatcher` (an Agent limited to one
 * connection), timing each, after `warmupRequests` unmeasured ones.
 */
export async function measureSequential(options: {
  dispatcher: Dispatcher;
  target: BenchTarget;
  mode: AnswerMode;
  body: string;
  warmupRequests: number;
  requests: number;
  cpuMeter?: CpuMeter;
}): Promise<SequentialSamples> {
  const { dispatcher, target, mode, body } = options;
  for (let index = 0; index < options.warmupRequests; index++) await sendTimedRequest(dispatcher, target, mode, body);
  const latencies: number[] = [];
  const firstBytes: number[] = [];
  const cpuBefore = await options.cpuMeter?.();
  for (let index = 0; index < options.requests; index++) {
    const timed = await sendTimedRequest(dispatcher, target, mode, body);
    latencies.push(timed.latencyMs);
    firstBytes.push(timed.firstByteMs);
  }
  const cpuAfter = await options.cpuMeter?.();
  return { latencies, firstBytes, ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMicros: cpuAfter - cpuBefore } : {}) };
}
