import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { StreamedAnswer } from "../../http/streamed-response.ts";
import { writeStreamedAnswer } from "./write-streamed-answer.ts";

let server: Server | undefined;
let failures: unknown[] = [];
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));
afterEach(() => {
  failures = [];
});

/** Serves `answer` with writeStreamedAnswer on 127.0.0.1; resolves to the port. */
function serve(answer: StreamedAnswer): Promise<number> {
  server = createServer((_incoming, outgoing) =>
    writeStreamedAnswer(outgoing, { kind: "streamed", status: 200, headers: { "content-type": "text/event-stream" }, body: answer }, (error) => failures.push(error)),
  );
  return new Promise((done) => server!.listen(0, "127.0.0.1", () => done((server!.address() as AddressInfo).port)));
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
    const port = await serve(answer);
    const body = await new Promise<string>((done, fail) => {
      request({ host: "127.0.0.1", port, path: "/" }, (response) => {
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
    const port = await serve(answer);
    const body = await new Promise<string>((done, fail) => {
      request({ host: "127.0.0.1", port, path: "/" }, (response) => {
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
    const port = await serve(answer);
    const outcome = await new Promise<string>((done) => {
      request({ host: "127.0.0.1", port, path: "/" }, (response) => {
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
    const port = await serve(answer);
    await new Promise<void>((done, fail) => {
      const outgoing = request({ host: "127.0.0.1", port, path: "/" }, (response) => {
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
