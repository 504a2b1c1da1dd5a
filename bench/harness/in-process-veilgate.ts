import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { UpstreamClient } from "../../src/proxy/upstream-client.ts";
import { BENCH_VENDOR_ID, BENCH_VENDOR_KEY, BENCH_VENDOR_KEY_ENV, benchVendorFile } from "../bench-vendor.ts";
import { chatCompletionFrames, chatCompletionJson, lastUserText } from "../servers/echo-answer.ts";

/** Veilgate's whole app, in this process: requests go to its `fetch`, not through a socket. */
export interface InProcessVeilgate {
  /** Sends one chat-completions body and reads the answer to its end; throws unless it is a 200. */
  send(body: string): Promise<void>;
  close(): Promise<void>;
}

const encoder = new TextEncoder();

/** The fake vendor, in-process: echoes the prompt (JSON, or SSE frames when `stream`) after one loop turn, as a socket read would. */
export function inProcessEchoVendor(stream: boolean): UpstreamClient {
  return async (upstreamRequest) => {
    await new Promise<void>((done) => setImmediate(done));
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
}

/**
 * Starts the real `startNodeServer` of the source tree at `checkout` (SQLite in a temporary
 * data dir, default settings unless `logLevel` says otherwise) with `upstream` as its vendor
 * client, for benches that measure the app without sockets.
 */
export async function startInProcessVeilgate(options: { checkout: string; upstream: UpstreamClient; logLevel?: string }): Promise<InProcessVeilgate> {
  const { checkout } = options;
  const { parseConfig } = (await import(join(checkout, "src/config.ts"))) as typeof import("../../src/config.ts");
  const { startNodeServer } = (await import(join(checkout, "src/entry/node.ts"))) as typeof import("../../src/entry/node.ts");
  const { createApp } = (await import(join(checkout, "src/app.ts"))) as typeof import("../../src/app.ts");
  const { createClientKey } = (await import(join(checkout, "src/auth/create-client-key.ts"))) as typeof import("../../src/auth/create-client-key.ts");

  const root = mkdtempSync(join(tmpdir(), "veilgate-in-process-"));
  const vendorsDir = join(root, "vendors");
  mkdirSync(vendorsDir);
  writeFileSync(join(vendorsDir, `${BENCH_VENDOR_ID}.json`), JSON.stringify(benchVendorFile("http://127.0.0.1:9")));
  const flags = { port: 0, dataDir: join(root, "data"), vendorsDir, rulesDir: join(checkout, "redaction-rules"), logLevel: options.logLevel };
  const running = await startNodeServer(parseConfig(flags, {}), { [BENCH_VENDOR_KEY_ENV]: BENCH_VENDOR_KEY });
  running.services.upstream = options.upstream;
  const app = createApp(running.services);
  const { secret } = createClientKey(running.services.keys, { name: "in-process bench", vendors: [BENCH_VENDOR_ID] });
  return {
    async send(body) {
      const response = await app.fetch(
        new Request("http://veilgate.test/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${secret}` }, body }),
      );
      if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    },
    async close() {
      await running.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
