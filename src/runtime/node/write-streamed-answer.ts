import type { ServerResponse } from "node:http";
import type { StreamedResponse } from "../../http/streamed-response.ts";

/** Resolves once the response can take more, or will never take anything again. */
function writable(outgoing: ServerResponse): Promise<void> {
  if (outgoing.destroyed) return Promise.resolve();
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

/**
 * Writes a streamed answer to Node's response as it comes: each piece as text, waiting for
 * the socket to drain when it is full. The headers leave with the first piece when it is
 * ready within this turn of the event loop (one write instead of two on the way to the
 * first byte), else on their own at the end of the turn, so a client learns that its
 * request was taken while the vendor is still thinking. A client that leaves before the end
 * cancels the answer, which ends the exchange as cancelled and stops the vendor request.
 */
export function writeStreamedAnswer(outgoing: ServerResponse, streamed: StreamedResponse, onFailure: (error: unknown) => void): void {
  const answer = streamed.body;
  // A failing cancel has been logged by whoever ended the exchange (the audit log refusing the record).
  const cancel = () => void answer.cancel().catch(() => undefined);
  if (outgoing.destroyed) {
    cancel();
    return;
  }
  let gone = false;
  outgoing.once("close", () => {
    if (outgoing.writableFinished) return;
    gone = true;
    cancel();
  });
  outgoing.writeHead(streamed.status, streamed.headers);
  // Cleared by the first piece; `headersSent` cannot tell, as it is true from writeHead on.
  const headersAlone = setImmediate(() => {
    if (!outgoing.destroyed) outgoing.flushHeaders();
  });
  void (async () => {
    try {
      for (let text = await answer.next(); text !== null && !gone; text = await answer.next()) {
        clearImmediate(headersAlone);
        if (!outgoing.write(text)) await writable(outgoing);
      }
      if (!gone) outgoing.end();
    } catch (error) {
      // `next` reports the answer's own failures as an error event in the stream; anything
      // that escapes it is a bug, and the client can only be told by a cut connection.
      try {
        onFailure(error);
      } finally {
        outgoing.destroy();
      }
    } finally {
      clearImmediate(headersAlone);
    }
  })();
}
