/**
 * This tree's detector against another checkout's, for changes meant to be pure speed-ups:
 * (1) findings of the whole detector and of each recognizer alone, compared on the corpus
 * and on seeded fuzzed variants of it (any difference is printed and fails the run);
 * (2) CPU per corpus pass, the two detectors alternated pass by pass in this process so both
 * share the machine's moment, reported as the median of the per-pair ratios.
 * Usage: node --import tsx bench/compare-detectors.ts <other-checkout> [--fuzz N] [--pairs N] [--only <recognizer-id>]
 * `<other-checkout>` holds src/ (e.g. `git archive <rev> src | tar -x -C /tmp/base`, node_modules linked in).
 */
import { join, resolve } from "node:path";
import type { Detector } from "../src/detect/index.ts";
import type { NormalizedText, Recognizer } from "../src/detect/types.ts";
import { DEFAULT_CORPUS_PATH } from "../eval/corpus-path.ts";
import { loadCorpus } from "./detect/load-corpus.ts";
import { mutateText, seededRandom } from "./detect/mutate-text.ts";

interface DetectorModules {
  createDetector(): Detector;
  recognizers: readonly Recognizer[];
  normalizeText(text: string): NormalizedText;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const other = args[0];
if (!other || other.startsWith("--")) throw new Error("usage: compare-detectors.ts <other-checkout> [--fuzz N] [--pairs N] [--only <recognizer-id>]");
const fuzzCount = Number(option("--fuzz") ?? 20_000);
const pairs = Number(option("--pairs") ?? 60);
const only = option("--only");

async function loadDetector(root: string): Promise<DetectorModules> {
  const { createDetector } = (await import(join(root, "src/detect/create-detector.ts"))) as typeof import("../src/detect/create-detector.ts");
  const { DEFAULT_RECOGNIZERS } = (await import(join(root, "src/detect/default-recognizers.ts"))) as typeof import("../src/detect/default-recognizers.ts");
  const { normalizeText } = (await import(join(root, "src/detect/normalize-text.ts"))) as typeof import("../src/detect/normalize-text.ts");
  return { createDetector, recognizers: DEFAULT_RECOGNIZERS, normalizeText };
}

const corpus = loadCorpus(DEFAULT_CORPUS_PATH);
const mine = await loadDetector(resolve(import.meta.dirname, ".."));
const theirs = await loadDetector(resolve(other));
const [myDetector, theirDetector] = [mine.createDetector(), theirs.createDetector()];

let differences = 0;
function compare(text: string): void {
  const outcomes: Array<[string, unknown, unknown]> = only ? [] : [["detector", myDetector.detect(text), theirDetector.detect(text)]];
  for (const recognizer of mine.recognizers) {
    if (only && recognizer.id !== only) continue;
    const counterpart = theirs.recognizers.find((candidate) => candidate.id === recognizer.id);
    if (!counterpart) throw new Error(`${other} has no recognizer '${recognizer.id}'`);
    outcomes.push([recognizer.id, recognizer.find(mine.normalizeText(text)), counterpart.find(theirs.normalizeText(text))]);
  }
  for (const [name, found, expected] of outcomes) {
    if (JSON.stringify(found) === JSON.stringify(expected)) continue;
    differences++;
    if (differences <= 5) console.log(`DIFFERENCE in ${name} on ${JSON.stringify(text)}\n  this tree: ${JSON.stringify(found)}\n  ${other}: ${JSON.stringify(expected)}`);
  }
}
const random = seededRandom(20261129);
for (const text of corpus.texts) compare(text);
for (let index = 0; index < fuzzCount; index++) compare(mutateText(corpus.texts[Math.floor(random() * corpus.texts.length)]!, corpus.texts, random));
console.log(`findings: ${corpus.texts.length + fuzzCount} texts (corpus + ${fuzzCount} fuzzed), ${differences} differences`);

const cpuMillisOfPass = (detector: Detector): number => {
  const before = process.cpuUsage();
  for (const text of corpus.texts) detector.detect(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
for (let warmUp = 0; warmUp < 15; warmUp++) {
  cpuMillisOfPass(theirDetector);
  cpuMillisOfPass(myDetector);
}
const theirPasses: number[] = [];
const myPasses: number[] = [];
for (let pair = 0; pair < pairs; pair++) {
  theirPasses.push(cpuMillisOfPass(theirDetector));
  myPasses.push(cpuMillisOfPass(myDetector));
}
const median = (values: readonly number[]) => [...values].sort((left, right) => left - right)[values.length >> 1]!;
const ratios = theirPasses.map((theirs, index) => theirs / myPasses[index]!);
const megabytesPerSecond = (millis: number) => (corpus.bytes / millis / 1000).toFixed(1);
console.log(
  `speed: ${other} ${median(theirPasses).toFixed(2)} ms per pass (${megabytesPerSecond(median(theirPasses))} MB/s), this tree ${median(myPasses).toFixed(2)} ms (${megabytesPerSecond(median(myPasses))} MB/s); median ratio ${median(ratios).toFixed(3)} over ${pairs} alternated pairs (above 1: this tree is faster)`,
);
process.exitCode = differences === 0 ? 0 : 1;
