import type { IncomingMessage, ServerResponse } from "node:http";
import { type RequestIo, webRequestIo } from "../../http/request-io.ts";
import { whenClientLeaves } from "./when-client-leaves.ts";
import { writeStreamedAnswer } from "./write-streamed-answer.ts";

interface NodeBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

const bindingsOf = (env: unknown): NodeBindings => (typeof env === "object" && env !== null ? (env as NodeBindings) : {});

/**
 * RequestIo on @hono/node-server: reads the body straight from Node's IncomingMessage and
 * watches the ServerResponse and its connection for the client leaving early. Going through `request.text()` or
 * `request.signal` would make node-server build a full WHATWG Request with a web-stream
 * body for every call, which costs more CPU than the rest of a small request's handling.
 * A streamed answer is written straight to the ServerResponse, without a web stream between.
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
    whenClientLeaves(outgoing, () => controller.abort(new Error("client disconnected")));
    return controller.signal;
  },
  sendStream(env, streamed, onFailure) {
    const { outgoing } = bindingsOf(env);
    if (!outgoing) return webRequestIo.sendStream(env, streamed, onFailure);
    writeStreamedAnswer(outgoing, streamed, onFailure);
    // @hono/node-server leaves a response alone when it carries this header and no body.
    return new Response(null, { status: streamed.status, headers: { "x-hono-already-sent": "1" } });
  },
};
