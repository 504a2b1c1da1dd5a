/**
 * A streamed answer as a pull source of text: each `next()` gives the next piece to send,
 * or null once the answer has ended. The runtime's RequestIo decides how the text reaches
 * the client: as a web ReadableStream (`streamedResponseOf`), or written straight to Node's
 * response, which skips a web-stream hop per piece.
 */
export interface StreamedAnswer {
  next(): Promise<string | null>;
  /** The client went away: the answer stops (and says so to whoever produced it). */
  cancel(): Promise<void>;
}

/** What the HTTP layer sends for a streamed answer: status and headers now, the body as it comes. */
export interface StreamedResponse {
  kind: "streamed";
  status: number;
  headers: Record<string, string>;
  body: StreamedAnswer;
}

/** Whether a handler's answer is a streamed response rather than a finished Response. */
export function isStreamedResponse(answer: Response | StreamedResponse): answer is StreamedResponse {
  return (answer as { kind?: unknown }).kind === "streamed";
}

const encoder = new TextEncoder();

/**
 * A streamed response as a web Response with a ReadableStream of UTF-8 bytes, for runtimes
 * that send one. `onFailure` hears of a failure escaping the answer, which errors the stream.
 */
export function streamedResponseOf(streamed: StreamedResponse, onFailure: (error: unknown) => void): Response {
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text: string | null;
      try {
        text = await streamed.body.next();
      } catch (error) {
        onFailure(error);
        throw error;
      }
      if (text === null) controller.close();
      else controller.enqueue(encoder.encode(text));
    },
    // A failing cancel has been logged by whoever ended the exchange.
    cancel: () => streamed.body.cancel().catch(() => undefined),
  });
  return new Response(body, { status: streamed.status, headers: streamed.headers });
}
