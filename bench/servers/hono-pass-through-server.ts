/**
 * (d) Veilgate's HTTP shape without its pipeline: a Hono app on `@hono/node-server`, the
 * body read straight from Node's IncomingMessage (as Veilgate's nodeRequestIo does, so
 * node-server never builds a web Request), the vendor reached with `undici.request`, a JSON
 * answer read whole and sent as a string, an SSE answer written straight to Node's
 * ServerResponse as it arrives and Hono told it was sent (`x-hono-already-sent`), as
 * nodeRequestIo.sendStream does. (d) minus (b) is the framework's share;
 * (c) minus (d) is Veilgate's own pipeline. Used by bench/proxy-profile.ts.
 * Usage (forked by the harness): hono-pass-through-server.ts <vendor-url>
 */
import { pipeline } from "node:stream/promises";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { Agent, request } from "undici";
import { BENCH_VENDOR_KEY } from "../bench-vendor.ts";
import { closeServer } from "./listen-on-loopback.ts";
import { readBody } from "./read-body.ts";
import { serveBenchChild } from "./serve-bench-child.ts";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const vendorUrl = process.argv[2];
if (!vendorUrl) throw new Error("usage: hono-pass-through-server.ts <vendor-url>");

await serveBenchChild(async () => {
  const dispatcher = new Agent({ connections: 256, keepAliveTimeout: 30_000 });
  const app = new Hono<{ Bindings: { incoming: IncomingMessage; outgoing: ServerResponse } }>();
  app.post("/v1/chat/completions", async (context) => {
    const { incoming, outgoing } = context.env;
    const upstream = await request(`${vendorUrl}/v1/chat/completions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: context.req.header("accept") ?? "application/json",
        authorization: `Bearer ${BENCH_VENDOR_KEY}`,
      },
      body: await readBody(incoming),
      dispatcher,
    });
    const contentType = String(upstream.headers["content-type"] ?? "application/octet-stream");
    if (contentType.includes("text/event-stream")) {
      // As Veilgate's writeStreamedAnswer: head, each piece written as it comes, end; no web stream between.
      outgoing.writeHead(upstream.statusCode, { "content-type": contentType });
      // A client gone mid-stream fails the pipeline, which has destroyed both ends already.
      void pipeline(upstream.body, outgoing).catch(() => undefined);
      // @hono/node-server leaves a response alone when it carries this header and no body.
      return new Response(null, { status: upstream.statusCode, headers: { "x-hono-already-sent": "1" } });
    }
    return new Response(await upstream.body.text(), { status: upstream.statusCode, headers: { "content-type": contentType } });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await closeServer(server);
      await dispatcher.close();
    },
  };
});
