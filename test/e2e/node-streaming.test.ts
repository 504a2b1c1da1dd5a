import { createServer } from "node:http";
import { connect } from "node:net";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditLog } from "../../src/audit/audit-log.ts";
import { createMemoryExchangeLog } from "../../src/audit/create-memory-exchange-log.ts";
import { nodeRequestIo } from "../../src/runtime/node/node-request-io.ts";
import { anthropicStream } from "../support/fake-anthropic-vendor.ts";
import { chatCompletionStream, type FakeVendor, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { serveApp } from "../support/serve-app.ts";
import { type LoopbackServer, serveOnLoopback } from "../support/serve-on-loopback.ts";

/**
 * Streaming through the Node entry's own I/O (nodeRequestIo: answers written straight to
 * the ServerResponse), where the client and the vendor misbehave in ways a web-stream
 * Response never sees.
 */

/** An exchange log that resolves `settled` once it has been asked to store `expected` records. */
function watchedLog(expected: number): { log: AuditLog; settled: Promise<void> } {
  const log = createMemoryExchangeLog();
  let count = 0;
  let settle = () => undefined as void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const appendGrouped = log.appendGrouped.bind(log);
  return {
    log: {
      ...log,
      appendGrouped: (record) =>
        appendGrouped(record).finally(() => {
          if (++count === expected) settle();
        }),
    },
    settled,
  };
}

describe("streaming on Node, the client side", () => {
  let vendor: FakeVendor;
  beforeAll(async () => {
    vendor = await startFakeOpenAiVendor();
  });
  afterAll(async () => {
    await vendor.close();
  });

  it("stops both vendor requests and logs both exchanges when a client that pipelined two streamed requests leaves", async () => {
    // Longer than a response's buffer and held open, like a model still writing: the second
    // answer, queued behind the first on the connection, fills its buffer and waits.
    const pieces = Array.from({ length: 40 }, (_, index) => String(index % 10).repeat(8 * 1024));
    let arrived = 0;
    let bothArrived = () => undefined as void;
    const vendorHasBoth = new Promise<void>((resolve) => (bothArrived = resolve));
    vendor.reset(() => {
      if (++arrived === 2) bothArrived();
      return { kind: "sse", writes: chatCompletionStream(pieces).slice(0, -2), keepOpen: true };
    });
    const { log, settled } = watchedLog(2);
    const app = await serveApp({ fakeVendorUrl: vendor.url, exchangeLog: log, requestIo: nodeRequestIo });
    try {
      const body = JSON.stringify({ model: "gpt-test", stream: true, messages: [{ role: "user", content: "hi" }] });
      const request = `POST /v1/chat/completions HTTP/1.1\r\nhost: veilgate.test\r\nauthorization: Bearer ${app.clientKey}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      const socket = connect(Number(new URL(app.url).port), "127.0.0.1");
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      socket.on("data", () => undefined);
      socket.write(request + request); // two requests back to back on one connection (HTTP/1.1 pipelining)
      await vendorHasBoth;
      const vendorClosed = [vendor.nextClosedConnection(), vendor.nextClosedConnection()];
      socket.destroy();
      await Promise.all(vendorClosed);
      await settled;
      expect(log.recent(10).map((record) => [record.status, record.httpStatus])).toEqual([
        ["client_disconnected", 499],
        ["client_disconnected", 499],
      ]);
    } finally {
      vendor.reset();
      await app.close();
    }
  });

  it("ends a stream whose record the audit log refuses with an error event, never a clean end", async () => {
    vendor.reset();
    const log = createMemoryExchangeLog();
    const app = await serveApp({
      fakeVendorUrl: vendor.url,
      exchangeLog: { ...log, appendGrouped: () => Promise.reject(new Error("disk full")) },
      requestIo: nodeRequestIo,
    });
    try {
      const client = new OpenAI({ baseURL: `${app.url}/v1`, apiKey: app.clientKey, maxRetries: 0 });
      const stream = await client.chat.completions.create({ model: "gpt-test", stream: true, messages: [{ role: "user", content: "hello there" }] });
      const consumed = (async () => {
        for await (const _chunk of stream) {
          // drain
        }
      })();
      await expect(consumed).rejects.toThrow(/audit log/);
    } finally {
      await app.close();
    }
  });
});

describe("streaming on Node, a vendor that misbehaves after its final event", () => {
  let behaviour: "drop" | "linger" = "drop";
  let vendor: LoopbackServer;
  beforeAll(async () => {
    vendor = await serveOnLoopback(
      createServer(async (incoming, outgoing) => {
        for await (const _chunk of incoming) {
          // the request body is not needed
        }
        outgoing.writeHead(200, { "content-type": "text/event-stream" });
        for (const write of anthropicStream([{ type: "text", pieces: ["Hel", "lo"] }])) {
          await new Promise<void>((resolve) => outgoing.write(write, () => resolve()));
        }
        // "drop": the connection goes before the chunked body's last chunk; "linger": it never ends.
        if (behaviour === "drop") outgoing.socket?.destroy();
      }),
    );
  });
  afterAll(async () => {
    await vendor.close();
  });

  it("keeps a complete answer complete when the vendor drops the connection after message_stop", async () => {
    behaviour = "drop";
    const { log, settled } = watchedLog(1);
    const app = await serveApp({ fakeVendorUrl: vendor.url, exchangeLog: log, requestIo: nodeRequestIo });
    try {
      const client = new Anthropic({ baseURL: app.url, apiKey: app.clientKey, maxRetries: 0 });
      const stream = await client.messages.create({ model: "claude-test", max_tokens: 10, stream: true, messages: [{ role: "user", content: "hi" }] });
      let text = "";
      for await (const event of stream) if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
      expect(text).toBe("Hello");
      await settled;
      expect(log.recent(1)[0]).toMatchObject({ status: "ok", httpStatus: 200 });
    } finally {
      await app.close();
    }
  });

  it("ends the client's response with the final event when the vendor holds its connection open", async () => {
    behaviour = "linger";
    // The vendor timeout is far beyond the test's own: the response must end on the final event, not on a timeout.
    const app = await serveApp({ fakeVendorUrl: vendor.url, requestIo: nodeRequestIo, upstreamTimeoutMs: 600_000 });
    try {
      const response = await fetch(`${app.url}/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": app.clientKey, "anthropic-version": "2023-06-01" },
        body: JSON.stringify({ model: "claude-test", max_tokens: 10, stream: true, messages: [{ role: "user", content: "hi" }] }),
      });
      const raw = await response.text();
      expect(raw.trimEnd().endsWith('data: {"type":"message_stop"}')).toBe(true);
      expect(raw).not.toContain("event: error");
    } finally {
      await app.close();
    }
  });
});
