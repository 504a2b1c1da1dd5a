import type { Dispatcher } from "undici";
import type { AnswerMode, BenchTarget } from "./bench-target.ts";
import { sendTimedRequest } from "./send-timed-request.ts";

/** Runs `concurrency` closed loops until `seconds` pass or `maxRequests` were sent; returns their timings. */
export async function runClosedLoops(
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
