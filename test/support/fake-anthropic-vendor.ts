import { createServer, type Server } from "node:http";
import { type FakeReply, type ReceivedRequest, readReceivedRequest } from "./fake-openai-vendor.ts";
import { serveOnLoopback } from "./serve-on-loopback.ts";

export type { FakeReply, ReceivedRequest } from "./fake-openai-vendor.ts";
export type AnthropicResponder = (request: ReceivedRequest) => FakeReply;

export interface FakeAnthropicVendor {
  url: string;
  received: ReceivedRequest[];
  respondWith(responder: AnthropicResponder): void;
  /** Forgets what was received and answers with `responder` (the echo by default). */
  reset(responder?: AnthropicResponder): void;
  close(): Promise<void>;
}

/** One content block of a streamed answer, its text or partial JSON cut into the given pieces. */
export type StreamedBlock =
  | { type: "text"; pieces: string[] }
  | { type: "tool_use"; id: string; name: string; pieces: string[] }
  | { type: "thinking"; pieces: string[]; signature: string };

/** The text of the last user message: a string, or its text blocks joined. */
export function lastUserText(body: Record<string, unknown>): string {
  const messages = (body.messages as Array<{ role: string; content: unknown }>) ?? [];
  const content = [...messages].reverse().find((message) => message.role === "user")?.content;
  if (typeof content === "string") return content;
  return Array.isArray(content) ? content.map((block: { type?: string; text?: string }) => (block.type === "text" ? (block.text ?? "") : "")).join("") : "";
}

/** A `message` JSON answer with the given content blocks. */
export function anthropicMessage(content: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const stopReason = content.some((block) => (block as { type?: string }).type === "tool_use") ? "tool_use" : "end_turn";
  return {
    id: "msg_01FakeVendorAnswer",
    type: "message",
    role: "assistant",
    model: "claude-test",
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 11, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 7 },
    ...extra,
  };
}

/** One SSE event the way Anthropic frames it: an `event:` line, a `data:` line, a blank line. */
export function sseEvent(name: string, payload: Record<string, unknown>): string {
  return `event: ${name}\ndata: ${JSON.stringify({ type: name, ...payload })}\n\n`;
}

/** Anthropic's full event sequence for `blocks`, one event per network write, with a ping after the first block starts. */
export function anthropicStream(blocks: StreamedBlock[], options: { stopReason?: string } = {}): string[] {
  const message = { ...anthropicMessage([]), stop_reason: null, usage: { input_tokens: 11, output_tokens: 1 } };
  const writes = [sseEvent("message_start", { message })];
  blocks.forEach((block, index) => {
    const start =
      block.type === "text" ? { type: "text", text: "" }
      : block.type === "thinking" ? { type: "thinking", thinking: "", signature: "" }
      : { type: "tool_use", id: block.id, name: block.name, input: {} };
    writes.push(sseEvent("content_block_start", { index, content_block: start }));
    if (index === 0) writes.push(sseEvent("ping", {}));
    for (const piece of block.pieces) {
      const delta =
        block.type === "text" ? { type: "text_delta", text: piece }
        : block.type === "thinking" ? { type: "thinking_delta", thinking: piece }
        : { type: "input_json_delta", partial_json: piece };
      writes.push(sseEvent("content_block_delta", { index, delta }));
    }
    if (block.type === "thinking") writes.push(sseEvent("content_block_delta", { index, delta: { type: "signature_delta", signature: block.signature } }));
    writes.push(sseEvent("content_block_stop", { index }));
  });
  const stopReason = options.stopReason ?? (blocks.some((block) => block.type === "tool_use") ? "tool_use" : "end_turn");
  writes.push(sseEvent("message_delta", { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 7 } }));
  writes.push(sseEvent("message_stop", {}));
  return writes;
}

/** The default behaviour: count tokens, or echo the last user message as JSON or as 3-character text deltas. */
export const echoAnthropicResponder: AnthropicResponder = (request) => {
  if (request.path.endsWith("/count_tokens")) return { kind: "json", body: { input_tokens: request.rawBody.length } };
  const text = lastUserText(request.body);
  if (request.body.stream) return { kind: "sse", writes: anthropicStream([{ type: "text", pieces: text.match(/[\s\S]{1,3}/g) ?? [] }]) };
  return { kind: "json", body: anthropicMessage([{ type: "text", text }]) };
};

/**
 * A stand-in for Anthropic's API on 127.0.0.1 that speaks its real wire format (message
 * JSON, and SSE with `event:` and `data:` lines) and records every request byte for byte.
 */
export async function startFakeAnthropicVendor(): Promise<FakeAnthropicVendor> {
  const received: ReceivedRequest[] = [];
  let responder: AnthropicResponder = echoAnthropicResponder;
  const server: Server = createServer(async (incoming, outgoing) => {
    const request = await readReceivedRequest(incoming);
    received.push(request);
    const reply = responder(request);
    if (reply.kind === "json") outgoing.writeHead(reply.status ?? 200, { "content-type": "application/json", "request-id": "req_fake" }).end(JSON.stringify(reply.body));
    else if (reply.kind === "raw") outgoing.writeHead(reply.status, { "content-type": reply.contentType }).end(reply.text);
    else if (reply.kind === "sse") {
      outgoing.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
      // Each write drains before the next, so every event leaves as its own TCP segment.
      for (const write of reply.writes) await new Promise<void>((resolve) => outgoing.write(write, () => resolve()));
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
    reset(next = echoAnthropicResponder) {
      received.length = 0;
      responder = next;
    },
    close,
  };
}
