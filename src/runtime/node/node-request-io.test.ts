import { type IncomingMessage, request as httpRequest, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import type { ChunkSource } from "../../http/request-io.ts";
import { nodeRequestIo } from "./node-request-io.ts";

const encoder = new TextEncoder();

/** A source of `count` chunks; `cancelled` resolves when the client's departure reaches it. */
function countingSource(count: number, options: { stallAfter?: number } = {}) {
  let sent = 0;
  let cancel!: () => void;
  const cancelled = new Promise<void>((resolve) => (cancel = resolve));
  const source: ChunkSource = {
    async next() {
      if (sent === options.stallAfter) await cancelled;
      if (sent >= count) return null;
      sent += 1;
      return encoder.encode(`data: ${sent}\n\n`);
    },
    async cancel() {
      cancel();
    },
  };
  return { source, cancelled };
}

async function serveStream(source: ChunkSource): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    nodeRequestIo.sendStream({ status: 200, headers: { "content-type": "text/event-stream" } }, source, { incoming, outgoing });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("nodeRequestIo.sendStream", () => {
  it("writes every chunk in order, past the socket's buffer, then ends", async () => {
    const chunks = 20_000;
    const server = await serveStream(countingSource(chunks).source);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const text = await response.text();
    const numbers = text.trim().split("\n\n").map((line) => Number(line.slice("data: ".length)));
    expect(numbers).toEqual(Array.from({ length: chunks }, (_, index) => index + 1));
    await server.close();
  });

  it("cancels the source when the client leaves before the end", async () => {
    const { source, cancelled } = countingSource(10, { stallAfter: 1 });
    const server = await serveStream(source);
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(server.url, (response) => {
        response.once("data", () => {
          request.destroy();
          resolve();
        });
      });
      request.on("error", () => undefined);
      request.once("error", reject);
      request.end();
    });
    await cancelled;
    await server.close();
  });
});
