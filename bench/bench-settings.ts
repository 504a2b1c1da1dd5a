/** How much load each measurement sends. Sized so the whole bench stays under ~3 minutes on 2 cores. */
export interface BenchSettings {
  /** Unmeasured requests sent one at a time before the latency measurement. */
  warmupRequests: number;
  /** Measured requests sent one at a time over a single connection. */
  sequentialRequests: number;
  /** Connections (closed-loop callers) for the throughput measurement. */
  concurrency: number;
  throughputWarmupSeconds: number;
  throughputSeconds: number;
  /** Hard cap on one throughput run, whatever the duration. */
  throughputMaxRequests: number;
}

export const FULL_SETTINGS: BenchSettings = {
  warmupRequests: 300,
  sequentialRequests: 2000,
  concurrency: 10,
  throughputWarmupSeconds: 1,
  throughputSeconds: 5,
  throughputMaxRequests: 100_000,
};

/** `--quick`: a smoke run in about 30 seconds; its numbers are noisy. */
export const QUICK_SETTINGS: BenchSettings = {
  warmupRequests: 50,
  sequentialRequests: 300,
  concurrency: 10,
  throughputWarmupSeconds: 0.5,
  throughputSeconds: 1.5,
  throughputMaxRequests: 20_000,
};

/** The settings for the command line: `--quick` for a smoke run, full otherwise. */
export function benchSettingsFrom(argv: readonly string[]): { settings: BenchSettings; quick: boolean } {
  const quick = argv.includes("--quick");
  return { settings: quick ? QUICK_SETTINGS : FULL_SETTINGS, quick };
}
