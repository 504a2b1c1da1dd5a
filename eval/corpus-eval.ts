/**
 * `npm run eval [corpus.jsonl]`: runs the default detector over a labelled corpus,
 * redacts every finding as `[TYPE]`, scores the result with the corpus's own scorer and
 * writes a compact table to `eval/results/<corpus name>.md`.
 *
 * The corpus and its scorer live outside the project (`../shared/corpus/` by default) and
 * are read, never copied. Evaluation tooling, not product code: Node APIs are fine here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEFAULT_CORPUS_PATH } from "./corpus-path.ts";
import { createDetector } from "../src/detect/index.ts";
import { formatResultsTable } from "./format-results-table.ts";
import { redactFindings } from "./redact-findings.ts";
import type { CorpusRecord, CorpusScorer } from "./corpus-scorer.ts";

const evalDirectory = dirname(fileURLToPath(import.meta.url));

/** The scorer shipped beside the corpus, or the shared one when the corpus has none. */
async function loadScorer(corpusPath: string): Promise<CorpusScorer> {
  const besideCorpus = join(dirname(corpusPath), "score.mjs");
  const scorerPath = existsSync(besideCorpus) ? besideCorpus : join(dirname(DEFAULT_CORPUS_PATH), "score.mjs");
  return (await import(pathToFileURL(scorerPath).href)) as CorpusScorer;
}

async function main(): Promise<void> {
  const corpusPath = resolve(process.argv[2] ?? DEFAULT_CORPUS_PATH);
  const scorer = await loadScorer(corpusPath);
  const records = scorer.readJsonl(readFileSync(corpusPath, "utf8")) as CorpusRecord[];
  const detector = createDetector();

  let detectMilliseconds = 0;
  const { report } = await scorer.evaluate(records, (text: string) => {
    const started = performance.now();
    const findings = detector.detect(text);
    detectMilliseconds += performance.now() - started;
    return redactFindings(text, findings);
  });

  const name = basename(corpusPath).replace(/\.jsonl$/, "");
  console.log(scorer.formatReport(report, `Veilgate detector on ${name}`));
  for (const leak of report.leakedExamples) console.log(`leaked ${leak.type} ${JSON.stringify(leak.value)} in ${leak.id}`);
  for (const decoy of report.destroyedDecoyExamples) console.log(`decoy lost ${decoy.kind} ${JSON.stringify(decoy.value)} in ${decoy.id}`);
  // One cold pass, so only a rough figure; see bench/ for real throughput numbers.
  const megabytes = records.reduce((total, record) => total + Buffer.byteLength(record.text), 0) / 1e6;
  console.log(`\n${records.length} records, ${megabytes.toFixed(2)} MB, detect ${(detectMilliseconds / 1000).toFixed(2)} s (one cold pass)`);

  const resultsDirectory = join(evalDirectory, "results");
  mkdirSync(resultsDirectory, { recursive: true });
  const resultsPath = join(resultsDirectory, `${name}.md`);
  writeFileSync(resultsPath, formatResultsTable(name, report));
  console.log(`wrote ${resultsPath}`);
}

await main();
