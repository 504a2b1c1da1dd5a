/** How long the detection benchmark warms up and measures. */
export interface DetectBenchSettings {
  /** Warm-up per engine: at least this many passes over the corpus … */
  warmupPasses: number;
  /** … and at least this long (capped at 20 passes). */
  warmupSeconds: number;
  /** Target length of one engine's visit in a round; fast engines repeat the corpus to fill it. */
  visitSeconds: number;
  /** Time budget for all measured rounds; the number of rounds is fitted to it. */
  measureSeconds: number;
  minRounds: number;
  maxRounds: number;
}

const FULL: DetectBenchSettings = {
  warmupPasses: 2,
  warmupSeconds: 1,
  visitSeconds: 0.25,
  measureSeconds: 45,
  minRounds: 3,
  maxRounds: 25,
};

const QUICK: DetectBenchSettings = {
  warmupPasses: 1,
  warmupSeconds: 0.2,
  visitSeconds: 0.1,
  measureSeconds: 6,
  minRounds: 2,
  maxRounds: 5,
};

/** Settings and corpus path from the command line: `[--quick] [--corpus FILE]`. */
export function detectBenchSettingsFrom(
  args: string[],
  defaultCorpus: string,
): { settings: DetectBenchSettings; quick: boolean; corpusPath: string } {
  let quick = false;
  let corpusPath = defaultCorpus;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--quick") quick = true;
    else if (arg === "--corpus" && args[index + 1]) corpusPath = args[++index] ?? corpusPath;
    else throw new Error(`unknown argument ${arg}; use --quick and/or --corpus FILE`);
  }
  return { settings: quick ? QUICK : FULL, quick, corpusPath };
}
