import { collectGarbage } from "./collect-garbage.ts";
import type { DetectEngine } from "./detect-engine.ts";
import type { DetectBenchSettings } from "./detect-bench-settings.ts";

/** One engine's measured visit: `passes` runs over the whole corpus. */
export interface Visit {
  passes: number;
  bytes: number;
  cpuSeconds: number;
  wallSeconds: number;
}

/** Everything measured for one engine, before summarising. */
export interface EngineMeasurement {
  engine: DetectEngine;
  /** Corpus passes per visit, fixed after warm-up so every round asks the same work. */
  passesPerVisit: number;
  warmup: { passes: number; seconds: number; lastPassSeconds: number };
  visits: Visit[];
  /** Wall time of every measured call, in microseconds. */
  latenciesMicros: number[];
}

/** What the measured rounds produced. */
export interface Measurements {
  rounds: number;
  engines: EngineMeasurement[];
  /** Sum of every run() result; printed so no call can be optimised away. */
  checksum: number;
}

let checksum = 0;

/** Runs `engine` over every text `passes` times; per-call wall time goes to `latencies`. */
function runPasses(engine: DetectEngine, texts: readonly string[], passes: number, latencies: number[] | null): Omit<Visit, "bytes"> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const text of texts) {
      const callStart = performance.now();
      checksum += engine.run(text);
      latencies?.push((performance.now() - callStart) * 1000);
    }
  }
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { passes, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Warm-up passes until both the pass and the time minimum are met (at most 20). */
function warmUp(engine: DetectEngine, texts: readonly string[], settings: DetectBenchSettings): EngineMeasurement["warmup"] {
  let passes = 0;
  let seconds = 0;
  let lastPassSeconds = 0;
  while (passes < 20 && (passes < settings.warmupPasses || seconds < settings.warmupSeconds)) {
    lastPassSeconds = runPasses(engine, texts, 1, null).wallSeconds;
    seconds += lastPassSeconds;
    passes++;
  }
  return { passes, seconds, lastPassSeconds };
}

/**
 * Warms every engine up, then measures rounds in which each engine processes the whole corpus
 * (repeated to fill `visitSeconds` for fast engines), the starting engine rotating every round,
 * with a full GC before each visit (and its sweeping finished, see collectGarbage): each
 * engine's clock carries its own garbage, not the engine's before it.
 * The number of rounds is fitted to `measureSeconds` from the warm-up speed, within
 * `minRounds`…`maxRounds`, and stops early if the rounds run 50 % over budget.
 */
export function measureEngines(
  engines: readonly DetectEngine[],
  texts: readonly string[],
  corpusBytes: number,
  settings: DetectBenchSettings,
  progress: (line: string) => void,
): Measurements {
  const measurements: EngineMeasurement[] = engines.map((engine) => {
    const warmup = warmUp(engine, texts, settings);
    const passesPerVisit = Math.max(1, Math.min(50, Math.round(settings.visitSeconds / Math.max(warmup.lastPassSeconds, 1e-6))));
    progress(`warmed up ${engine.label}: ${warmup.passes} passes in ${warmup.seconds.toFixed(1)} s; ${passesPerVisit} pass(es) per visit`);
    return { engine, passesPerVisit, warmup, visits: [], latenciesMicros: [] };
  });
  const roundEstimate = measurements.reduce(
    (total, measurement) => total + measurement.passesPerVisit * measurement.warmup.lastPassSeconds,
    0,
  );
  const plannedRounds = Math.max(settings.minRounds, Math.min(settings.maxRounds, Math.floor(settings.measureSeconds / roundEstimate)));
  progress(`measuring ${plannedRounds} rounds of ~${roundEstimate.toFixed(1)} s`);

  const startedAt = performance.now();
  let rounds = 0;
  while (rounds < plannedRounds) {
    for (let offset = 0; offset < measurements.length; offset++) {
      const measurement = measurements[(rounds + offset) % measurements.length];
      if (!measurement) continue;
      collectGarbage();
      const visit = runPasses(measurement.engine, texts, measurement.passesPerVisit, measurement.latenciesMicros);
      measurement.visits.push({ ...visit, bytes: corpusBytes * visit.passes });
    }
    rounds++;
    const elapsed = (performance.now() - startedAt) / 1000;
    if (rounds >= settings.minRounds && elapsed > settings.measureSeconds * 1.5) {
      progress(`stopping after ${rounds} rounds: ${elapsed.toFixed(0)} s is over budget`);
      break;
    }
  }
  return { rounds, engines: measurements, checksum };
}
