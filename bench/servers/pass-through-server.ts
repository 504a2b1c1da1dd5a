/**
 * (b) The cheapest honest Node hop, the floor Veilgate is measured against: `node:http` in,
 * `undici.request` over a keep-alive Agent out, the vendor's answer piped straight back
 * (an SSE answer is piped as it arrives). No parsing, no logging, no redaction.
 * Usage (forked by the harness): pass-through-server.ts <vendor-url>
 */
import { createServer } from "node:http";
import { pipeline } from "node:stream/promises";
import { Agent, request } from "undici";
import { BENCH_VENDOR_KEY } from "../bench-vendor.ts";
import { closeServer, listenOnLoopback } from "./listen-on-loopback.ts";
import { readBody } from "./read-body.ts";
import { serveBenchChild } from "./serve-bench-child.ts";

const vendorUrl = process.argv[2];
if (!vendorUrl) throw new Error("usage: pass-through-server.ts <vendor-url>");

await serveBenchChild(async () => {
  const dispatcher = new Agent({ connections: 256, keepAliveTimeout: 30_000 });
  const server = createServer(async (incoming, outgoing) => {
    try {
      const body = await readBody(incoming);
      const upstream = await request(`${vendorUrl}${incoming.url ?? "/"}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: incoming.headers.accept ?? "application/json",
          authorization: `Bearer ${BENCH_VENDOR_KEY}`,
        },
        body,
        dispatcher,
      });
      outgoing.writeHead(upstream.statusCode, { "content-type": String(upstream.headers["content-type"] ?? "application/octet-stream") });
      await pipeline(upstream.body, outgoing);
    } catch {
      if (!outgoing.headersSent) outgoing.writeHead(502, { "content-type": "application/json" });
      outgoing.end();
    }
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    async close() {
      await closeServer(server);
      await dispatcher.close();
    },
  };
});
