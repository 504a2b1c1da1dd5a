import { Agent } from "undici";
import type { BenchSettings } from "../bench-settings.ts";
import type { BenchRow } from "../report/bench-row.ts";
import { ANSWER_MODES, type AnswerMode, type BenchTarget } from "./bench-target.ts";
import type { CpuMeter } from "./cpu-meter.ts";
import { measureSequential } from "./measure-sequential.ts";
import { measureThroughput } from "./measure-throughput.ts";

/**
 * Measures one target in both answer modes: latency over one connection, then throughput
 * over `settings.concurrency` connections. Each phase gets a fresh Agent of its own size.
 */
export async function measureTarget(options: {
  target: BenchTarget;
  bodies: Record<AnswerMode, string>;
  settings: BenchSettings;
  cpuMeter?: CpuMeter;
  progress?: (line: string) => void;
}): Promise<BenchRow[]> {
  const { target, settings } = options;
  const rows: BenchRow[] = [];
  for (const mode of ANSWER_MODES) {
    const single = new Agent({ connections: 1, keepAliveTimeout: 60_000 });
    const pool = new Agent({ connections: settings.concurrency, keepAliveTimeout: 60_000 });
    try {
      options.progress?.(`${target.label} ${mode}: ${settings.sequentialRequests} requests at 1 connection…`);
      const sequential = await measureSequential({
        dispatcher: single,
        target,
        mode,
        body: options.bodies[mode],
        warmupRequests: settings.warmupRequests,
        requests: settings.sequentialRequests,
        ...(options.cpuMeter ? { cpuMeter: options.cpuMeter } : {}),
      });
      options.progress?.(`${target.label} ${mode}: ${settings.throughputSeconds} s at ${settings.concurrency} connections…`);
      const throughput = await measureThroughput({
        dispatcher: pool,
        target,
        mode,
        body: options.bodies[mode],
        concurrency: settings.concurrency,
        warmupSeconds: settings.throughputWarmupSeconds,
        seconds: settings.throughputSeconds,
        maxRequests: settings.throughputMaxRequests,
        ...(options.cpuMeter ? { cpuMeter: options.cpuMeter } : {}),
      });
      rows.push({ target: target.id, label: target.label, mode, sequential, throughput });
    } finally {
      await Promise.all([single.close(), pool.close()]);
    }
  }
  return rows;
}
