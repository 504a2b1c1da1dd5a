/**
 * Veilgate's detector alone on the corpus, in steady state: the same work as `npm run
 * bench:detect`'s Veilgate line, measured in visits of five corpus passes, once as they
 * come and once with a full GC before each visit (as bench:detect does, to keep engines'
 * garbage apart). It shows how much of the gap between the two figures is the harness.
 * Usage: node --import tsx bench/detect-steady.ts [--corpus FILE]. Prints; writes nothing.
 */
import { createDetector } from "../src/detect/create-detector.ts";
import { collectGarbage } from "./detect/collect-garbage.ts";
import { DEFAULT_CORPUS_PATH } from "../eval/corpus-path.ts";
import { loadCorpus } from "./detect/load-corpus.ts";

const corpusFlag = process.argv.indexOf("--corpus");
const corpus = loadCorpus(corpusFlag === -1 ? DEFAULT_CORPUS_PATH : (process.argv[corpusFlag + 1] ?? ""));
const detector = createDetector();
const PASSES_PER_VISIT = 5;
const VISITS = 12;

function megabytesPerCpuSecond(gcBeforeVisit: boolean): number {
  let cpuMicros = 0;
  for (let visit = 0; visit < VISITS; visit++) {
    if (gcBeforeVisit) collectGarbage();
    const before = process.cpuUsage();
    for (let pass = 0; pass < PASSES_PER_VISIT; pass++) for (const text of corpus.texts) detector.detect(text);
    const used = process.cpuUsage(before);
    cpuMicros += used.user + used.system;
  }
  return (corpus.bytes * PASSES_PER_VISIT * VISITS) / cpuMicros;
}

for (let pass = 0; pass < 20; pass++) for (const text of corpus.texts) detector.detect(text);
for (const gcBeforeVisit of [false, true, false, true]) {
  console.log(`${gcBeforeVisit ? "full GC before each visit" : "steady state             "}  ${megabytesPerCpuSecond(gcBeforeVisit).toFixed(2)} MB/s (CPU)`);
}
