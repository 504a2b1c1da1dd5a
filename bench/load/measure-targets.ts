import { Agent } from "undici";
import type { BenchSettings } from "../bench-settings.ts";
import type { BenchRow } from "../report/bench-row.ts";
import { ANSWER_MODES, type AnswerMode, type BenchTarget } from "./bench-target.ts";
import type { CpuMeter } from "./cpu-meter.ts";
import { measureSequential } from "./measure-sequential.ts";
import { measureThroughput } from "./measure-throughput.ts";
import { summarizeSamples } from "./summarize-samples.ts";

/** A target to measure and, for a hop, the meter of its process's CPU. */
export interface MeasuredTarget {
  target: BenchTarget;
  cpuMeter?: CpuMeter;
}

interface Accumulator {
  latencies: number[];
  firstBytes: number[];
  sequentialCpu: number;
  loadLatencies: number[];
  loadSeconds: number;
  loadCpu: number;
}

const perRequest = (cpuMicros: number, requests: number, metered: boolean) => (metered ? { cpuMicrosPerRequest: cpuMicros / requests } : {});

/**
 * Measures every target in both answer modes. After a warm-up of each, the measurement is
 * cut into `settings.rounds` rounds; a round visits each target in turn for its share of
 * the sequential requests (one connection) and of the closed-loop seconds
 * (`settings.concurrency` connections). Samples and CPU deltas are pooled over the rounds.
 */
export async function measureTargets(options: {
  targets: readonly MeasuredTarget[];
  bodies: Record<AnswerMode, string>;
  settings: BenchSettings;
  progress?: (line: string) => void;
}): Promise<BenchRow[]> {
  const { settings } = options;
  const rows: BenchRow[] = [];
  for (const mode of ANSWER_MODES) {
    const body = options.bodies[mode];
    const agents = options.targets.map(() => ({
      single: new Agent({ connections: 1, keepAliveTimeout: 60_000 }),
      pool: new Agent({ connections: settings.concurrency, keepAliveTimeout: 60_000 }),
    }));
    try {
      const accumulators: Accumulator[] = options.targets.map(() => ({ latencies: [], firstBytes: [], sequentialCpu: 0, loadLatencies: [], loadSeconds: 0, loadCpu: 0 }));
      for (const [index, { target }] of options.targets.entries()) {
        const agent = agents[index];
        if (!agent) continue;
        options.progress?.(`${mode}: warming up ${target.label}`);
        await measureSequential({ dispatcher: agent.single, target, mode, body, warmupRequests: settings.warmupRequests, requests: 0 });
        await measureThroughput({ dispatcher: agent.pool, target, mode, body, concurrency: settings.concurrency, warmupSeconds: 0, seconds: settings.throughputWarmupSeconds, maxRequests: settings.throughputMaxRequests });
      }
      for (let round = 1; round <= settings.rounds; round++) {
        options.progress?.(`${mode}: round ${round} of ${settings.rounds}`);
        for (const [index, { target, cpuMeter }] of options.targets.entries()) {
          const agent = agents[index];
          const accumulator = accumulators[index];
          if (!agent || !accumulator) continue;
          const meter = cpuMeter ? { cpuMeter } : {};
          const sequential = await measureSequential({
            dispatcher: agent.single,
            target,
            mode,
            body,
            warmupRequests: settings.roundWarmupRequests,
            requests: Math.ceil(settings.sequentialRequests / settings.rounds),
            ...meter,
          });
          for (const value of sequential.latencies) accumulator.latencies.push(value);
          for (const value of sequential.firstBytes) accumulator.firstBytes.push(value);
          accumulator.sequentialCpu += sequential.cpuMicros ?? 0;
          const load = await measureThroughput({
            dispatcher: agent.pool,
            target,
            mode,
            body,
            concurrency: settings.concurrency,
            warmupSeconds: 0,
            seconds: settings.throughputSeconds / settings.rounds,
            maxRequests: settings.throughputMaxRequests,
            ...meter,
          });
          for (const value of load.latencies) accumulator.loadLatencies.push(value);
          accumulator.loadSeconds += load.seconds;
          accumulator.loadCpu += load.cpuMicros ?? 0;
        }
      }
      for (const [index, { target, cpuMeter }] of options.targets.entries()) {
        const accumulator = accumulators[index];
        if (!accumulator) continue;
        rows.push({
          target: target.id,
          label: target.label,
          mode,
          sequential: {
            requests: accumulator.latencies.length,
            latency: summarizeSamples(accumulator.latencies),
            firstByte: summarizeSamples(accumulator.firstBytes),
            ...perRequest(accumulator.sequentialCpu, accumulator.latencies.length, cpuMeter !== undefined),
          },
          throughput: {
            concurrency: settings.concurrency,
            requests: accumulator.loadLatencies.length,
            seconds: accumulator.loadSeconds,
            requestsPerSecond: accumulator.loadLatencies.length / accumulator.loadSeconds,
            latency: summarizeSamples(accumulator.loadLatencies),
            ...perRequest(accumulator.loadCpu, accumulator.loadLatencies.length, cpuMeter !== undefined),
          },
        });
      }
    } finally {
      await Promise.all(agents.flatMap((agent) => [agent.single.close(), agent.pool.close()]));
    }
  }
  return rows;
}
