import type { IncomingMessage, ServerResponse } from "node:http";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { type ChunkSource, type HeaderReader, type RequestIo, webRequestIo } from "../../http/request-io.ts";

interface NodeBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

const bindingsOf = (env: unknown): NodeBindings => (typeof env === "object" && env !== null ? (env as NodeBindings) : {});

/** Node's parsed headers (lower-case names), read the way `Headers.get` reads them. */
function headerReaderOf(incoming: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = incoming.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** Resolves once the response can take more (drain) or will take nothing more (close). */
function writable(outgoing: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off("drain", done);
      outgoing.off("close", done);
      resolve();
    };
    outgoing.on("drain", done);
    outgoing.on("close", done);
  });
}

/** Writes each chunk as `source` yields it; a client that leaves first cancels the source. */
async function pipeToResponse(source: ChunkSource, outgoing: ServerResponse): Promise<void> {
  let left = false;
  const onClose = () => {
    if (outgoing.writableFinished) return;
    left = true;
    void source.cancel();
  };
  outgoing.once("close", onClose);
  try {
    for (let chunk = await source.next(); chunk !== null && !left; chunk = await source.next()) {
      if (!outgoing.write(chunk)) await writable(outgoing);
    }
    if (!left) outgoing.end();
  } catch {
    // `next` reports the vendor's failures as error events; anything else ends the connection.
    outgoing.destroy();
  } finally {
    outgoing.off("close", onClose);
  }
}

/**
 * RequestIo on @hono/node-server: reads headers and body straight from Node's
 * IncomingMessage, watches the ServerResponse for an early close, and writes streamed
 * answers to it directly. Going through `request.headers`, `request.text()` or
 * `request.signal` would make node-server build a full WHATWG Request (with a web-stream
 * body) for every call, and a ReadableStream answer costs a promise round trip per chunk
 * on each side: together more CPU than the rest of a small request's handling.
 */
export const nodeRequestIo: RequestIo = {
  async readBody(request, env, maxBytes) {
    const { incoming } = bindingsOf(env);
    if (!incoming) return webRequestIo.readBody(request, env, maxBytes);
    if (Number(incoming.headers["content-length"] ?? 0) > maxBytes) {
      incoming.resume();
      return { ok: false, reason: "too_large" };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of incoming) {
      size += (chunk as Buffer).byteLength;
      if (size > maxBytes) {
        incoming.resume();
        return { ok: false, reason: "too_large" };
      }
      chunks.push(chunk as Buffer);
    }
    return { ok: true, text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8") };
  },
  clientSignal(request, env) {
    const { outgoing } = bindingsOf(env);
    if (!outgoing) return webRequestIo.clientSignal(request, env);
    const controller = new AbortController();
    // "close" also fires after a normal finish; only a close before the end means the client left.
    outgoing.once("close", () => {
      if (!outgoing.writableFinished) controller.abort(new Error("client disconnected"));
    });
    return controller.signal;
  },
  headers(request, env) {
    const { incoming } = bindingsOf(env);
    return incoming ? headerReaderOf(incoming) : webRequestIo.headers(request, env);
  },
  sendStream(head, source, env) {
    const { outgoing } = bindingsOf(env);
    if (!outgoing) return webRequestIo.sendStream(head, source, env);
    // The head goes out with the first chunk, which the vendor has already begun to send.
    outgoing.writeHead(head.status, head.headers);
    void pipeToResponse(source, outgoing);
    // Tells node-server that this answer is already being written.
    return RESPONSE_ALREADY_SENT;
  },
};
