/** A request body as read, or why it was not. */
export type BodyReadResult = { ok: true; text: string } | { ok: false; reason: "too_large" };

/** Request headers by lower-case name, as `Headers.get` reads them. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** Status and headers of a streamed answer. */
export interface StreamHead {
  status: number;
  headers: Record<string, string>;
}

/** An answer's bytes, pulled one write at a time (see proxy/stream-answer.ts). */
export interface ChunkSource {
  /** The next bytes to send, or null when the answer is complete. */
  next(): Promise<Uint8Array | null>;
  /** The client went away before the end. */
  cancel(): Promise<void>;
}

/**
 * How the app reads a request and sends a streamed answer. Each runtime supplies the
 * cheapest way it has; `env` is whatever the runtime hands Hono (Node's incoming/outgoing
 * pair, Workers' bindings) and only the runtime's own adapter reads it.
 */
export interface RequestIo {
  readBody(request: Request, env: unknown, maxBytes: number): Promise<BodyReadResult>;
  clientSignal(request: Request, env: unknown): AbortSignal;
  headers(request: Request, env: unknown): HeaderReader;
  /** Sends `source` as the answer's body; returns what the route handler returns. */
  sendStream(head: StreamHead, source: ChunkSource, env: unknown): Response;
}

const encoder = new TextEncoder();

/** `source` as a web ReadableStream: one pull per chunk, cancelled when the reader cancels. */
export function readableStreamOf(source: ChunkSource): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await source.next();
      if (chunk === null) controller.close();
      else controller.enqueue(chunk);
    },
    cancel: () => source.cancel(),
  });
}

/** The standard-API RequestIo: `request.text()`, `request.signal` and a ReadableStream body, as on Workers. */
export const webRequestIo: RequestIo = {
  async readBody(request, _env, maxBytes) {
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return { ok: false, reason: "too_large" };
    const text = await request.text();
    // Length in UTF-16 units is a lower bound of the byte length; encode only when it could be over.
    if (text.length * 3 > maxBytes && encoder.encode(text).byteLength > maxBytes) return { ok: false, reason: "too_large" };
    return { ok: true, text };
  },
  clientSignal: (request) => request.signal,
  headers: (request) => request.headers,
  sendStream: (head, source) => new Response(readableStreamOf(source), head),
};
