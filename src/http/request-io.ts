import { type StreamedResponse, streamedResponseOf } from "./streamed-response.ts";

/** A request body as read, or why it was not. */
export type BodyReadResult = { ok: true; text: string } | { ok: false; reason: "too_large" };

/**
 * How the app reads a request's body, learns that its client went away, and sends a
 * streamed answer. Each runtime supplies the cheapest way it has; `env` is whatever the
 * runtime hands Hono (Node's incoming/outgoing pair, Workers' bindings) and only the
 * runtime's own adapter reads it.
 */
export interface RequestIo {
  readBody(request: Request, env: unknown, maxBytes: number): Promise<BodyReadResult>;
  clientSignal(request: Request, env: unknown): AbortSignal;
  /**
   * Sends a streamed answer; returns the Response the framework is to see (which may say it
   * has been sent). `onFailure` hears of a failure that could only end the stream abruptly.
   */
  sendStream(env: unknown, streamed: StreamedResponse, onFailure: (error: unknown) => void): Response;
}

const encoder = new TextEncoder();

/** The standard-API RequestIo: `request.text()` and `request.signal`, as on Workers. */
export const webRequestIo: RequestIo = {
  async readBody(request, _env, maxBytes) {
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return { ok: false, reason: "too_large" };
    const text = await request.text();
    // Length in UTF-16 units is a lower bound of the byte length; encode only when it could be over.
    if (text.length * 3 > maxBytes && encoder.encode(text).byteLength > maxBytes) return { ok: false, reason: "too_large" };
    return { ok: true, text };
  },
  clientSignal: (request) => request.signal,
  sendStream: (_env, streamed, onFailure) => streamedResponseOf(streamed, onFailure),
};
