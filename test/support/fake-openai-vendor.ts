import { createServer, type IncomingMessage, type Server } from "node:http";
import { serveOnLoopback } from "./serve-on-loopback.ts";

/** What the fake vendor received, exactly as it arrived on the wire. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  rawBody: string;
  body: Record<string, unknown>;
}

export type FakeReply =
  | { kind: "json"; status?: number; body: unknown }
  /** Each string is written as its own network write, so the client sees real chunk boundaries. */
  | { kind: "sse"; writes: string[]; keepOpen?: boolean }
  | { kind: "raw"; status: number; contentType: string; text: string }
  /** Sends nothing until the connection is closed by the other side. */
  | { kind: "hang" };

export type FakeResponder = (request: ReceivedRequest) => FakeReply;

export interface FakeVendor {
  url: string;
  received: ReceivedRequest[];
  respondWith(responder: FakeResponder): void;
  /** Forgets what was received and answers with `responder` (the echo by default): a fresh start for the next test. */
  reset(responder?: FakeResponder): void;
  /** Resolves once a request's connection has been closed by the caller (e.g. an aborted stream). */
  nextClosedConnection(): Promise<void>;
  close(): Promise<void>;
}

/** Reads a request off the wire, its body parsed as JSON when it is JSON (kept raw either way). */
export async function readReceivedRequest(incoming: IncomingMessage): Promise<ReceivedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString("utf8");
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(rawBody) as Record<string, unknown>;
  } catch {
    // Recorded as-is; a test that cares looks at rawBody.
  }
  return { method: incoming.method ?? "", path: incoming.url ?? "", headers: incoming.headers, rawBody, body };
}

/** Text of the last user message, strings and text parts alike. */
export function lastUserText(body: Record<string, unknown>): string {
  const messages = (body.messages as Array<{ role: string; content: unknown }>) ?? [];
  const last = [...messages].reverse().find((message) => message.role === "user");
  const content = last?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part: { text?: string }) => part.text ?? "").join("");
  return "";
}

export function chatCompletion(content: string | null, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "chatcmpl-fake123",
    object: "chat.completion",
    created: 1_764_000_000,
    model: "fake-model",
    system_fingerprint: "fp_fake",
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null, ...extra }, logprobs: null, finish_reason: extra.tool_calls ? "tool_calls" : "stop" }],
    usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
  };
}

/** OpenAI `chat.completion.chunk` SSE frames for `pieces`, one frame per piece, then `[DONE]`. */
export function chatCompletionStream(pieces: string[], options: { includeUsage?: boolean } = {}): string[] {
  const frame = (delta: object, finishReason: string | null) =>
    `data: ${JSON.stringify({ id: "chatcmpl-fake123", object: "chat.completion.chunk", created: 1_764_000_000, model: "fake-model", system_fingerprint: "fp_fake", choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] })}\n\n`;
  const writes = [frame({ role: "assistant", content: "", refusal: null }, null)];
  for (const piece of pieces) writes.push(frame({ content: piece }, null));
  writes.push(frame({}, "stop"));
  if (options.includeUsage) {
    writes.push(`data: ${JSON.stringify({ id: "chatcmpl-fake123", object: "chat.completion.chunk", created: 1_764_000_000, model: "fake-model", choices: [], usage: { prompt_tokens: 5, completion_tokens: 9, total_tokens: 14 } })}\n\n`);
  }
  writes.push("data: [DONE]\n\n");
  return writes;
}

/** The default behaviour: echo the last user message, as JSON or as a stream of 3-character pieces. */
export const echoResponder: FakeResponder = (request) => {
  const text = lastUserText(request.body);
  if (request.body.stream) {
    const pieces = text.match(/[\s\S]{1,3}/g) ?? [];
    return { kind: "sse", writes: chatCompletionStream(pieces) };
  }
  return { kind: "json", body: chatCompletion(text) };
};

/**
 * A stand-in for an OpenAI-compatible vendor on 127.0.0.1 that speaks the real wire format
 * (JSON and SSE) and records every request it receives.
 */
export async function startFakeOpenAiVendor(): Promise<FakeVendor> {
  const received: ReceivedRequest[] = [];
  let responder: FakeResponder = echoResponder;
  let closedWaiters: Array<() => void> = [];
  const server: Server = createServer(async (incoming, outgoing) => {
    const request = await readReceivedRequest(incoming);
    received.push(request);
    outgoing.on("close", () => {
      if (!outgoing.writableFinished) {
        const waiters = closedWaiters;
        closedWaiters = [];
        for (const waiter of waiters) waiter();
      }
    });
    const reply = responder(request);
    switch (reply.kind) {
      case "json":
        outgoing.writeHead(reply.status ?? 200, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
        return;
      case "raw":
        outgoing.writeHead(reply.status, { "content-type": reply.contentType }).end(reply.text);
        return;
      case "hang":
        return;
      case "sse":
        outgoing.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        for (const write of reply.writes) {
          // Wait for each write to drain so every piece leaves as its own TCP segment.
          await new Promise<void>((resolve) => outgoing.write(write, () => resolve()));
        }
        if (!reply.keepOpen) outgoing.end();
    }
  });
  const { url, close } = await serveOnLoopback(server);
  return {
    url,
    received,
    respondWith(next) {
      responder = next;
    },
    reset(next = echoResponder) {
      received.length = 0;
      responder = next;
    },
    nextClosedConnection: () => new Promise((resolve) => closedWaiters.push(resolve)),
    close,
  };
}
