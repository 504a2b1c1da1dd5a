import type { ServerResponse } from "node:http";

/**
 * Calls `leave` once if the client goes away before `outgoing` has finished. Node reports
 * that as the response's "close", except for a response still queued behind an earlier one
 * on the same connection (HTTP/1.1 pipelining): when that connection closes, Node destroys
 * the queued requests but never closes their responses, so the connection is watched too.
 * The connection's listener is removed once the response finishes, because a kept-alive
 * connection serves many responses. A client already gone is reported at once, before this returns.
 */
export function whenClientLeaves(outgoing: ServerResponse, leave: () => void): void {
  const connection = outgoing.req.socket;
  let settled = false;
  const stopWatching = () => {
    settled = true;
    outgoing.off("close", left);
    outgoing.off("finish", stopWatching);
    connection?.off("close", left);
  };
  function left() {
    // "close" also follows a normal finish; only a close before the end means the client left.
    if (settled || outgoing.writableFinished) return;
    stopWatching();
    leave();
  }
  outgoing.on("close", left);
  outgoing.on("finish", stopWatching);
  connection?.on("close", left);
  if (outgoing.destroyed || connection?.destroyed) left();
}
