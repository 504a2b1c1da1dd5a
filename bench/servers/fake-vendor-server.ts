/**
 * (a) The fake AI vendor: an OpenAI-compatible chat-completions endpoint on `node:http`
 * that echoes the last user message back, as JSON or as ~40 SSE frames, each frame its own
 * network write, with a short pause after the first (see FIRST_FRAME_PAUSE_MS). Forked by the harness; see serve-bench-child.ts.
 */
import { createServer, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { chatCompletionFrames, chatCompletionJson, FIRST_FRAME_PAUSE_MS, lastUserText } from "./echo-answer.ts";
import { closeServer, listenOnLoopback } from "./listen-on-loopback.ts";
import { readBody } from "./read-body.ts";
import { serveBenchChild } from "./serve-bench-child.ts";

/** Writes one frame and waits until the socket took it, so frames leave as separate writes. */
function writeFrame(outgoing: ServerResponse, frame: string): Promise<void> {
  return new Promise((resolve, reject) => outgoing.write(frame, (error) => (error ? reject(error) : resolve())));
}

await serveBenchChild(async () => {
  let lastReceived: string | null = null;
  const server = createServer(async (incoming, outgoing) => {
    const rawBody = await readBody(incoming);
    lastReceived = rawBody;
    let body: { stream?: unknown };
    try {
      body = JSON.parse(rawBody) as { stream?: unknown };
    } catch {
      outgoing.writeHead(400, { "content-type": "application/json" }).end('{"error":{"message":"not JSON","type":"invalid_request_error"}}');
      return;
    }
    const content = lastUserText(body);
    if (body.stream !== true) {
      outgoing.writeHead(200, { "content-type": "application/json" }).end(chatCompletionJson(content));
      return;
    }
    outgoing.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    try {
      const [first, ...rest] = chatCompletionFrames(content);
      if (first) await writeFrame(outgoing, first);
      await sleep(FIRST_FRAME_PAUSE_MS);
      for (const frame of rest) await writeFrame(outgoing, frame);
      outgoing.end();
    } catch {
      // The caller went away mid-stream; nothing left to do.
    }
  });
  const url = await listenOnLoopback(server);
  return { url, lastReceived: () => lastReceived, close: () => closeServer(server) };
});
