/**
 * CPU per request of Veilgate's whole app in-process, without sockets: the real
 * `startNodeServer` (SQLite in a temporary data dir, default settings), its `fetch` called
 * directly, and an in-process vendor that echoes the prompt after one event-loop turn. It
 * leaves out node:http, undici and the load generator, so it is far less noisy on a busy
 * machine than `npm run bench`, and isolates the pipeline's own cost.
 * Usage: node --import tsx bench/app-cpu.ts [<checkout>] [--stream] [--connections N] [--requests N]
 * `<checkout>` (default: this one) is a directory holding src/ and redaction-rules/, to compare
 * two source trees run by run. Prints one line of JSON.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { UpstreamClient } from "../src/proxy/upstream-client.ts";
import { benchRequestBody } from "./bench-request.ts";
import { BENCH_VENDOR_ID, BENCH_VENDOR_KEY, BENCH_VENDOR_KEY_ENV, benchVendorFile } from "./bench-vendor.ts";
import { chatCompletionFrames, chatCompletionJson, lastUserText } from "./servers/echo-answer.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const checkout = resolve(args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--")) ?? resolve(import.meta.dirname, ".."));
const stream = args.includes("--stream");
const connections = option("--connections", 10);
const requests = option("--requests", 3000);

const { parseConfig } = (await import(join(checkout, "src/config.ts"))) as typeof import("../src/config.ts");
const { startNodeServer } = (await import(join(checkout, "src/entry/node.ts"))) as typeof import("../src/entry/node.ts");
const { createApp } = (await import(join(checkout, "src/app.ts"))) as typeof import("../src/app.ts");
const { createClientKey } = (await import(join(checkout, "src/auth/create-client-key.ts"))) as typeof import("../src/auth/create-client-key.ts");

const encoder = new TextEncoder();
const nextTurn = () => new Promise<void>((done) => setImmediate(done));
/** The fake vendor, in-process: answers after one loop turn, as a socket read would. */
const echoVendor: UpstreamClient = async (upstreamRequest) => {
  await nextTurn();
  const prompt = lastUserText(JSON.parse(upstreamRequest.body));
  if (!stream) {
    const text = chatCompletionJson(prompt);
    return { status: 200, contentType: "application/json", text: async () => text, chunks: async function* () {} };
  }
  const frames = chatCompletionFrames(prompt).map((frame) => encoder.encode(frame));
  return {
    status: 200,
    contentType: "text/event-stream",
    text: async () => "",
    chunks: async function* () {
      for (const frame of frames) yield frame;
    },
  };
};

const root = mkdtempSync(join(tmpdir(), "veilgate-app-cpu-"));
const vendorsDir = join(root, "vendors");
mkdirSync(vendorsDir);
writeFileSync(join(vendorsDir, `${BENCH_VENDOR_ID}.json`), JSON.stringify(benchVendorFile("http://127.0.0.1:9")));
const config = parseConfig({ port: 0, dataDir: join(root, "data"), vendorsDir, rulesDir: join(checkout, "redaction-rules") }, {});
const running = await startNodeServer(config, { [BENCH_VENDOR_KEY_ENV]: BENCH_VENDOR_KEY });
running.services.upstream = echoVendor;
const app = createApp(running.services);
const { secret } = createClientKey(running.services.keys, { name: "app cpu", vendors: [BENCH_VENDOR_ID] });
const body = benchRequestBody(stream);

const send = async () => {
  const response = await app.fetch(
    new Request("http://veilgate.test/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${secret}` }, body }),
  );
  if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
};
const run = async (count: number) => {
  let left = count;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (left-- > 0) await send();
    }),
  );
};

try {
  await run(Math.max(500, requests / 3));
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  await run(requests);
  const cpu = process.cpuUsage(cpuBefore);
  console.log(JSON.stringify({ checkout, stream, connections, requests, cpuMicrosPerRequest: Math.round((cpu.user + cpu.system) / requests), wallMicrosPerRequest: Math.round(((performance.now() - startedAt) * 1000) / requests) }));
} finally {
  await running.close();
  rmSync(root, { recursive: true, force: true });
}
