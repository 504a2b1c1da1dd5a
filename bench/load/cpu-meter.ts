import type { BenchChild } from "../harness/start-bench-child.ts";

/** Reads a server process's total CPU time (user + system), in microseconds. */
export type CpuMeter = () => Promise<number>;

/** The CPU meter of a bench child, read over IPC with `process.cpuUsage()` inside it. */
export function cpuMeterOf(child: BenchChild): CpuMeter {
  return async () => {
    const usage = await child.ask("cpu-usage");
    return usage.userMicros + usage.systemMicros;
  };
}
