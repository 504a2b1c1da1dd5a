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
import { resolve } from "node:path";
import { benchRequestBody } from "./bench-request.ts";
import { inProcessEchoVendor, startInProcessVeilgate } from "./harness/in-process-veilgate.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const checkout = resolve(args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--")) ?? resolve(import.meta.dirname, ".."));
const stream = args.includes("--stream");
const connections = option("--connections", 10);
const requests = option("--requests", 3000);

const veilgate = await startInProcessVeilgate({ checkout, upstream: inProcessEchoVendor(stream) });
const body = benchRequestBody(stream);
const send = () => veilgate.send(body);
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
  await veilgate.close();
}
