import { createServer, request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackServer, serveOnLoopback } from "../../../test/support/serve-on-loopback.ts";
import type { StreamedAnswer } from "../../http/streamed-response.ts";
import { writeStreamedAnswer } from "./write-streamed-answer.ts";

let served: LoopbackServer | undefined;
let failures: unknown[] = [];
afterEach(async () => {
  await served?.close();
  served = undefined;
  failures = [];
});

/** Serves `answer` with writeStreamedAnswer on 127.0.0.1; resolves to its URL. */
async function serve(answer: StreamedAnswer): Promise<string> {
  const server = createServer((_incoming, outgoing) =>
    writeStreamedAnswer(outgoing, { kind: "streamed", status: 200, headers: { "content-type": "text/event-stream" }, body: answer }, (error) => failures.push(error)),
  );
  served = await serveOnLoopback(server);
  return served.url;
}

function answerOf(pieces: string[]): StreamedAnswer & { cancelled: boolean } {
  let index = 0;
  const answer = {
    cancelled: false,
    next: async () => (index < pieces.length ? pieces[index++]! : null),
    cancel: async () => {
      answer.cancelled = true;
    },
  };
  return answer;
}

describe("writeStreamedAnswer", () => {
  it("sends every piece in order, waiting for the socket when it is full", async () => {
    // Pieces far larger than a socket buffer, so writes report backpressure and the writer waits for drain.
    const pieces = Array.from({ length: 6 }, (_, index) => `data: ${String(index).repeat(2 * 1024 * 1024)}\n\n`);
    const answer = answerOf(pieces);
    const url = await serve(answer);
    const body = await new Promise<string>((done, fail) => {
      request(url, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
      })
        .on("error", fail)
        .end();
    });
    expect(body).toBe(pieces.join(""));
    expect(answer.cancelled).toBe(false);
    expect(failures).toEqual([]);
  });

  it("sends the headers on their own while the first piece is not ready", async () => {
    let release: (text: string | null) => void = () => undefined;
    const firstPiece = new Promise<string | null>((done) => (release = done));
    let calls = 0;
    const answer: StreamedAnswer = { next: () => (calls++ === 0 ? firstPiece : Promise.resolve(null)), cancel: async () => undefined };
    const url = await serve(answer);
    const body = await new Promise<string>((done, fail) => {
      request(url, (response) => {
        // The response (status and headers) arrived before any piece existed; only now is one made.
        expect(response.headers["content-type"]).toBe("text/event-stream");
        release("data: late\n\n");
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        response.on("end", () => done(text));
      })
        .on("error", fail)
        .end();
    });
    expect(body).toBe("data: late\n\n");
  });

  it("reports a failure that escapes the answer and cuts the connection", async () => {
    let calls = 0;
    const broken = new Error("a bug past the answer's own error handling");
    const answer: StreamedAnswer = { next: () => (calls++ === 0 ? Promise.resolve("data: first\n\n") : Promise.reject(broken)), cancel: async () => undefined };
    const url = await serve(answer);
    const outcome = await new Promise<string>((done) => {
      request(url, (response) => {
        response.on("data", () => undefined);
        response.on("end", () => done("ended cleanly"));
        response.on("error", () => done("cut"));
        response.on("aborted", () => done("cut"));
      })
        .on("error", () => done("cut"))
        .end();
    });
    expect(outcome).toBe("cut");
    expect(failures).toEqual([broken]);
  });

  it("cancels the answer when the client leaves before the end", async () => {
    let release: () => void = () => undefined;
    const cancelled = new Promise<void>((done) => (release = done));
    let sent = false;
    const answer: StreamedAnswer = {
      // One piece, then a wait that only the cancel ends (as a vendor still thinking would).
      next: () => (sent ? cancelled.then(() => null) : ((sent = true), Promise.resolve("data: first\n\n"))),
      cancel: async () => release(),
    };
    const url = await serve(answer);
    await new Promise<void>((done, fail) => {
      const outgoing = request(url, (response) => {
        response.once("data", () => {
          outgoing.destroy();
          done();
        });
      });
      outgoing.on("error", fail).end();
    });
    await cancelled;
  });
});
