/**
 * `npm run bench:detect`: Veilgate's detector against two popular npm PII libraries on the
 * same text — MB/s and per-prompt p50/p99 on ../shared/corpus/dev-42.jsonl, ratios, the
 * issue's targets (≥ 20 MB/s with names on, faster than every peer) and, for context, each
 * engine's recall and kept decoys. Writes bench/results/detect-bench.{json,md}. About a
 * minute; `-- --quick` is a short smoke run, `-- --corpus FILE` measures another corpus.
 */
import { dirname, resolve } from "node:path";
import { installNetworkGuard } from "./detect/network-guard.ts";
import { compareWithPeers } from "./detect/compare-with-peers.ts";
import { loadCorpusScorer } from "./detect/corpus-scorer.ts";
import { detectBenchSettingsFrom } from "./detect/detect-bench-settings.ts";
import { foundSentence, qualitySentence, ratioCells, speedCells, targetCells } from "./detect/detect-tables.ts";
import { DEFAULT_CORPUS_PATH } from "../eval/corpus-path.ts";
import { loadCorpus } from "./detect/load-corpus.ts";
import { measureEngines } from "./detect/measure-engines.ts";
import { createOpenRedactionEngine } from "./detect/openredaction-engine.ts";
import { createRedactPiiEngine } from "./detect/redact-pii-engine.ts";
import { scoreEngines } from "./detect/score-engines.ts";
import { summarizeEngine } from "./detect/summarize-engine.ts";
import { createVeilgateEngines, veilgateRecognizerIds } from "./detect/veilgate-engines.ts";
import { writeDetectResults } from "./detect/write-detect-results.ts";
import { formatTextTable } from "./report/format-table.ts";
import { currentLoadAverage, machineInfo } from "./report/machine-info.ts";

// Before anything can open a socket: the peers are imported further down, behind this guard.
const guard = installNetworkGuard();
const startedAt = performance.now();
const progress = (line: string) => process.stderr.write(`  ${line}\n`);
const loadAtStart = currentLoadAverage();
if (loadAtStart > 0.5) progress(`note: the 1-minute load average is ${loadAtStart}; wall-clock numbers will suffer more than CPU ones`);

const { settings, quick, corpusPath } = detectBenchSettingsFrom(process.argv.slice(2), DEFAULT_CORPUS_PATH);
const corpus = loadCorpus(resolve(corpusPath));
const evaluate = await loadCorpusScorer(dirname(corpus.path));
progress(`corpus ${corpus.path}: ${corpus.texts.length} prompts, ${corpus.bytes} bytes`);

const veilgate = createVeilgateEngines();
const engines = [veilgate.redacting, veilgate.detectOnly, await createRedactPiiEngine(), await createOpenRedactionEngine()];

const measurements = measureEngines(engines, corpus.texts, corpus.bytes, settings, progress);
const results = measurements.engines.map(summarizeEngine);
progress("scoring each engine's redactions (untimed)");
const quality = await scoreEngines(engines, corpus.records, evaluate);

const veilgateFound = Object.keys(quality.find((line) => line.id === veilgate.redacting.id)?.found ?? {});
const namesOn = [...veilgateFound, ...veilgateRecognizerIds()].some((name) => /PERSON|NAME/i.test(name));
const { ratios, checks } = compareWithPeers(results, namesOn);
const machine = machineInfo(loadAtStart);
const durationSeconds = (performance.now() - startedAt) / 1000;

console.log(`\nVeilgate detection bench — ${machine.cpuModel} × ${machine.cpuCount}, Node ${machine.node}, commit ${machine.commit}${machine.sourceDirty ? "+dirty src" : ""}, ${machine.date}${quick ? " (quick run)" : ""}`);
console.log(`${corpus.texts.length} prompts, ${corpus.bytes} UTF-8 bytes; ${measurements.rounds} rounds; MB = 10^6 bytes; CPU = process user+system time; load average ${machine.loadAverage.atStart} → ${machine.loadAverage.atEnd}\n`);
console.log(formatTextTable(speedCells(results)));
console.log("");
console.log(formatTextTable(ratioCells(ratios)));
console.log("");
console.log(formatTextTable(targetCells(checks)));
console.log("\nQuality on the same corpus (context only):");
for (const line of quality) console.log(`  ${qualitySentence(line)}`);
for (const line of quality) console.log(`  ${foundSentence(line, 8)}`);
const attempts = guard.attempts();
console.log(`\nNetwork attempts: ${attempts.length === 0 ? "none" : attempts.map((attempt) => `${attempt.api} ${attempt.target} (${attempt.caller})`).join("; ")}`);

const paths = writeDetectResults(resolve(import.meta.dirname, "results"), {
  machine,
  quick,
  settings,
  corpus: { path: corpus.path, prompts: corpus.texts.length, bytes: corpus.bytes },
  rounds: measurements.rounds,
  veilgate: { recognizers: veilgateRecognizerIds(), namesOn },
  results,
  ratios,
  checks,
  quality,
  networkAttempts: attempts,
  durationSeconds,
  checksum: measurements.checksum,
});
console.log(`Wrote ${paths.markdown} and ${paths.json} in ${durationSeconds.toFixed(0)} s.`);
