/**
 * Latency of each request through Veilgate's whole app in-process at one connection: the
 * real `startNodeServer` (SQLite in a temporary data dir), its `fetch` called directly, an
 * in-process vendor answering after one loop turn. It reports the tail (p99.9, max) that
 * `npm run bench`'s 2,000-sample rows cannot resolve, and how many of the slowest 1% of
 * requests overlapped a garbage collection, so periodic stalls (a WAL checkpoint, a
 * signature) stand out from GC pauses.
 * Usage: node --import tsx bench/app-latency.ts [<checkout>] [--requests N]. Prints; writes nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import type { UpstreamClient } from "../src/proxy/upstream-client.ts";
import { benchRequestBody } from "./bench-request.ts";
import { BENCH_VENDOR_ID, BENCH_VENDOR_KEY, BENCH_VENDOR_KEY_ENV, benchVendorFile } from "./bench-vendor.ts";
import { chatCompletionJson, lastUserText } from "./servers/echo-answer.ts";

const args = process.argv.slice(2);
const requestsFlag = args.indexOf("--requests");
const requests = requestsFlag === -1 ? 6000 : Number(args[requestsFlag + 1]);
const checkout = resolve(args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--requests") ?? resolve(import.meta.dirname, ".."));

const { parseConfig } = (await import(join(checkout, "src/config.ts"))) as typeof import("../src/config.ts");
const { startNodeServer } = (await import(join(checkout, "src/entry/node.ts"))) as typeof import("../src/entry/node.ts");
const { createApp } = (await import(join(checkout, "src/app.ts"))) as typeof import("../src/app.ts");
const { createClientKey } = (await import(join(checkout, "src/auth/create-client-key.ts"))) as typeof import("../src/auth/create-client-key.ts");

const echoVendor: UpstreamClient = async (upstreamRequest) => {
  await new Promise<void>((done) => setImmediate(done));
  const text = chatCompletionJson(lastUserText(JSON.parse(upstreamRequest.body)));
  return { status: 200, contentType: "application/json", text: async () => text, chunks: async function* () {} };
};

const root = mkdtempSync(join(tmpdir(), "veilgate-app-latency-"));
const vendorsDir = join(root, "vendors");
mkdirSync(vendorsDir);
writeFileSync(join(vendorsDir, `${BENCH_VENDOR_ID}.json`), JSON.stringify(benchVendorFile("http://127.0.0.1:9")));
const config = parseConfig({ port: 0, dataDir: join(root, "data"), vendorsDir, rulesDir: join(checkout, "redaction-rules"), logLevel: "silent" }, {});
const running = await startNodeServer(config, { [BENCH_VENDOR_KEY_ENV]: BENCH_VENDOR_KEY });
running.services.upstream = echoVendor;
const app = createApp(running.services);
const { secret } = createClientKey(running.services.keys, { name: "app latency", vendors: [BENCH_VENDOR_ID] });
const body = benchRequestBody(false);
const send = async () => {
  const response = await app.fetch(
    new Request("http://veilgate.test/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${secret}` }, body }),
  );
  if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
};

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
  await running.close();
  rmSync(root, { recursive: true, force: true });
}
