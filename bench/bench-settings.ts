/** How much load each measurement sends. Sized so the whole bench stays under ~3 minutes on 2 cores. */
export interface BenchSettings {
  /** Unmeasured requests sent one at a time to each target before anything is measured. */
  warmupRequests: number;
  /** Measured requests per target and mode, sent one at a time over a single connection. */
  sequentialRequests: number;
  /** Connections (closed-loop callers) for the throughput measurement. */
  concurrency: number;
  /** Unmeasured closed-loop load on each target before anything is measured. */
  throughputWarmupSeconds: number;
  /** Measured closed-loop seconds per target and mode. */
  throughputSeconds: number;
  /** Hard cap on one throughput round, whatever its duration. */
  throughputMaxRequests: number;
  /**
   * The measurements are cut into this many rounds that visit the targets in turn, so a
   * burst of background load is shared by every target instead of landing on one.
   */
  rounds: number;
  /** Unmeasured requests at the start of each round's visit (fresh connections, warm caches). */
  roundWarmupRequests: number;
}

/** `npm run bench`: about 90 seconds on 2 cores. */
export const FULL_SETTINGS: BenchSettings = {
  warmupRequests: 300,
  sequentialRequests: 2000,
  concurrency: 10,
  throughputWarmupSeconds: 1,
  throughputSeconds: 5,
  throughputMaxRequests: 100_000,
  rounds: 4,
  roundWarmupRequests: 20,
};

/** `--quick`: a smoke run in about 30 seconds; its numbers are noisy. */
export const QUICK_SETTINGS: BenchSettings = {
  warmupRequests: 50,
  sequentialRequests: 300,
  concurrency: 10,
  throughputWarmupSeconds: 0.5,
  throughputSeconds: 1.5,
  throughputMaxRequests: 20_000,
  rounds: 2,
  roundWarmupRequests: 10,
};

/** The settings for the command line: `--quick` for a smoke run, full otherwise. */
export function benchSettingsFrom(argv: readonly string[]): { settings: BenchSettings; quick: boolean } {
  const quick = argv.includes("--quick");
  return { settings: quick ? QUICK_SETTINGS : FULL_SETTINGS, quick };
}
