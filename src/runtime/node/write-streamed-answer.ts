import type { ServerResponse } from "node:http";
import type { StreamedResponse } from "../../http/streamed-response.ts";
import { whenClientLeaves } from "./when-client-leaves.ts";

/** Resolves once the response can take more, or when `waiting.wake` is called (the client left). */
function drained(outgoing: ServerResponse, waiting: { wake?: (() => void) | undefined }): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off("drain", done);
      waiting.wake = undefined;
      resolve();
    };
    outgoing.on("drain", done);
    waiting.wake = done;
  });
}

/**
 * Writes a streamed answer to Node's response as it comes: each piece as text, waiting for
 * the socket to drain when it is full. The headers leave with the first piece when it is
 * ready within this turn of the event loop (one write instead of two on the way to the
 * first byte), else on their own at the end of the turn, so a client learns that its
 * request was taken while the vendor is still thinking. A client that leaves before the end
 * (see whenClientLeaves) cancels the answer, which ends the exchange as cancelled and stops
 * the vendor request.
 */
export function writeStreamedAnswer(outgoing: ServerResponse, streamed: StreamedResponse, onFailure: (error: unknown) => void): void {
  const answer = streamed.body;
  // A failing cancel has been logged by whoever ended the exchange (the audit log refusing the record).
  const cancel = () => void answer.cancel().catch(() => undefined);
  let gone = false;
  const waiting: { wake?: (() => void) | undefined } = {};
  whenClientLeaves(outgoing, () => {
    gone = true;
    cancel();
    waiting.wake?.();
  });
  if (gone) return;
  outgoing.writeHead(streamed.status, streamed.headers);
  // Cleared by the first piece; `headersSent` cannot tell, as it is true from writeHead on.
  const headersAlone = setImmediate(() => {
    if (!outgoing.destroyed) outgoing.flushHeaders();
  });
  void (async () => {
    try {
      for (let text = await answer.next(); text !== null && !gone; text = await answer.next()) {
        clearImmediate(headersAlone);
        if (!outgoing.write(text) && !gone) await drained(outgoing, waiting);
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
