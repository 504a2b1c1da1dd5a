import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { formatMarkdownTable } from "../report/format-table.ts";
import type { MachineInfo } from "../report/machine-info.ts";
import type { PeerRatio, TargetCheck } from "./compare-with-peers.ts";
import type { DetectBenchSettings } from "./detect-bench-settings.ts";
import { foundSentence, qualitySentence, ratioCells, speedCells, targetCells } from "./detect-tables.ts";
import type { NetworkAttempt } from "./network-guard.ts";
import type { QualityLine } from "./score-engines.ts";
import type { EngineResult } from "./summarize-engine.ts";

/** One detection-bench run, as written to bench/results/detect-bench.{json,md}. */
export interface DetectBenchResults {
  machine: MachineInfo;
  quick: boolean;
  settings: DetectBenchSettings;
  corpus: { path: string; prompts: number; bytes: number };
  rounds: number;
  veilgate: { recognizers: string[]; namesOn: boolean };
  results: EngineResult[];
  ratios: PeerRatio[];
  checks: TargetCheck[];
  quality: QualityLine[];
  networkAttempts: NetworkAttempt[];
  durationSeconds: number;
  /** Sum of the timed calls' results; only there so the work cannot be optimised away. */
  checksum: number;
}

function markdown(results: DetectBenchResults, directory: string): string {
  const { machine, settings, corpus } = results;
  const network =
    results.networkAttempts.length === 0
      ? "none (sockets, DNS, UDP and `fetch` were blocked and watched for the whole run, from before the peers were imported)"
      : results.networkAttempts.map((attempt) => `\`${attempt.api} ${attempt.target}\` from ${attempt.caller}`).join("; ");
  return `# Veilgate detection benchmark

Produced by \`npm run bench:detect\` (bench/detect-bench.ts).${results.quick ? " **Quick run (`--quick`): numbers are noisy.**" : ""}

- Machine: ${machine.cpuModel}, ${machine.cpuCount} CPUs, ${machine.memoryGiB} GiB, ${machine.os}
- Node ${machine.node}; commit ${machine.commit}${machine.sourceDirty ? " with uncommitted changes in src/" : ""}; ${machine.date}; 1-minute load average ${machine.loadAverage.atStart} at start, ${machine.loadAverage.atEnd} at end; run took ${results.durationSeconds.toFixed(0)} s
- Corpus: \`${relative(join(directory, "../.."), corpus.path)}\`, ${corpus.prompts} prompts, ${corpus.bytes} UTF-8 bytes (${(corpus.bytes / corpus.prompts).toFixed(0)} per prompt on average), loaded once.
- Veilgate: \`createDetector()\` with its default recognizers (${results.veilgate.recognizers.join(", ")}); names ${results.veilgate.namesOn ? "on" : "**not registered yet**"}.
- Method: every engine is warmed up (≥ ${settings.warmupPasses} passes over the corpus and ≥ ${settings.warmupSeconds} s), then ${results.rounds} rounds each visit every engine once, the first engine rotating per round, with a full GC before each visit; a visit is the whole corpus, repeated by fast engines to fill ~${settings.visitSeconds} s. One process, one thread, synchronous calls.
- Throughput: MB = 10^6 UTF-8 bytes of prompt text ÷ seconds over all measured visits. **CPU** = \`process.cpuUsage()\` user + system of the process (the headline: time the process was descheduled does not count, though a busy machine still slows it through shared cores and caches — see the per-visit spread); **wall** = \`performance.now()\`. Latency: wall time of each \`run(text)\` call, nearest-rank percentiles over every timed prompt (the two timer reads per call are included, ~0.1 µs).
- Network attempts during the run: ${network}.

## Speed

${formatMarkdownTable(speedCells(results.results))}

## Veilgate (detect + redact) against each peer

${formatMarkdownTable(ratioCells(results.ratios))}

Throughput ratio = Veilgate MB/s ÷ peer MB/s; latency ratio = peer ÷ Veilgate. Above 1× Veilgate is faster.

## Targets

${formatMarkdownTable(targetCells(results.checks))}

## Quality on the same corpus (context only, scored with ../shared/corpus/score.mjs)

${results.quality.map((line) => `- ${qualitySentence(line)}`).join("\n")}

Veilgate detect-only uses the same detector, so its quality is the detect + redact line.

## What each engine found (its own type names, over the corpus)

${results.quality.map((line) => `- ${foundSentence(line, 20)}`).join("\n")}

## How each engine was set up

${results.results.map((result) => `- **${result.label}**: ${result.setup}`).join("\n")}
`;
}

/** Writes `detect-bench.json` and `detect-bench.md` into `directory`; returns their paths. */
export function writeDetectResults(directory: string, results: DetectBenchResults): { json: string; markdown: string } {
  mkdirSync(directory, { recursive: true });
  const paths = { json: join(directory, "detect-bench.json"), markdown: join(directory, "detect-bench.md") };
  writeFileSync(paths.json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(paths.markdown, markdown(results, directory));
  return paths;
}
