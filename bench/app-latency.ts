/**
 * Latency of each request through Veilgate's whole app in-process at one connection: the
 * real `startNodeServer` (SQLite in a temporary data dir), its `fetch` called directly, an
 * in-process vendor answering after one loop turn. It reports the tail (p99.9, max) that
 * `npm run bench`'s 2,000-sample rows cannot resolve, and how many of the slowest 1% of
 * requests overlapped a garbage collection, so periodic stalls (a WAL checkpoint, a
 * signature) stand out from GC pauses.
 * Usage: node --import tsx bench/app-latency.ts [<checkout>] [--requests N]. Prints; writes nothing.
 */
import { resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { benchRequestBody } from "./bench-request.ts";
import { inProcessEchoVendor, startInProcessVeilgate } from "./harness/in-process-veilgate.ts";

const args = process.argv.slice(2);
const requestsFlag = args.indexOf("--requests");
const requests = requestsFlag === -1 ? 6000 : Number(args[requestsFlag + 1]);
const checkout = resolve(args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--requests") ?? resolve(import.meta.dirname, ".."));

const veilgate = await startInProcessVeilgate({ checkout, upstream: inProcessEchoVendor(false), logLevel: "silent" });
const body = benchRequestBody(false);
const send = () => veilgate.send(body);

const collections: Array<{ start: number; end: number }> = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
});
observer.observe({ entryTypes: ["gc"] });
try {
  for (let warmUp = 0; warmUp < 1000; warmUp++) await send();
  const samples: Array<{ start: number; ms: number }> = [];
  for (let index = 0; index < requests; index++) {
    const start = performance.now();
    await send();
    samples.push({ start, ms: performance.now() - start });
  }
  const sorted = samples.map((sample) => sample.ms).sort((left, right) => left - right);
  const quantile = (share: number) => sorted[Math.floor(share * (sorted.length - 1))]!;
  const slowest = samples.filter((sample) => sample.ms >= quantile(0.99));
  const withGc = slowest.filter((sample) => collections.some((gc) => gc.end >= sample.start && gc.start <= sample.start + sample.ms)).length;
  const ms = (value: number) => value.toFixed(3);
  console.log(`${checkout}: ${requests} requests at 1 connection`);
  console.log(`p50 ${ms(quantile(0.5))}  p90 ${ms(quantile(0.9))}  p99 ${ms(quantile(0.99))}  p99.9 ${ms(quantile(0.999))}  max ${ms(quantile(1))} ms`);
  console.log(`slowest 1%: ${slowest.length} requests, ${withGc} of them overlapping a garbage collection`);
} finally {
  observer.disconnect();
  await veilgate.close();
}
