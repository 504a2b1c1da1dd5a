import { createServer, request, Agent, type ServerResponse } from "node:http";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackServer, serveOnLoopback } from "../../../test/support/serve-on-loopback.ts";
import { whenClientLeaves } from "./when-client-leaves.ts";

let served: LoopbackServer | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe("whenClientLeaves", () => {
  it("reports a response still queued behind another on a pipelined connection when the client leaves", async () => {
    const left: string[] = [];
    let registered = 0;
    let bothRegistered = () => undefined as void;
    const ready = new Promise<void>((resolve) => (bothRegistered = resolve));
    let bothLeft = () => undefined as void;
    const done = new Promise<void>((resolve) => (bothLeft = resolve));
    served = await serveOnLoopback(
      createServer((incoming, outgoing) => {
        // Neither response is ever finished: the second stays queued behind the first.
        whenClientLeaves(outgoing, () => {
          left.push(incoming.url ?? "");
          if (left.length === 2) bothLeft();
        });
        if (++registered === 2) bothRegistered();
      }),
    );
    const socket: Socket = connect(Number(new URL(served.url).port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write("GET /first HTTP/1.1\r\nhost: x\r\n\r\nGET /second HTTP/1.1\r\nhost: x\r\n\r\n");
    await ready;
    socket.destroy();
    await done;
    expect(left.sort()).toEqual(["/first", "/second"]);
  }, 10_000);

  it("stays silent for responses that finish, and leaves no listener behind on a kept-alive connection", async () => {
    const calls: string[] = [];
    // Change in the connection's "close" listeners from before the handler to the response's
    // finish, with and without whenClientLeaves: Node's own bookkeeping is the same in both.
    const change: Record<string, number[]> = { "/watched": [], "/plain": [] };
    served = await serveOnLoopback(
      createServer((incoming, outgoing: ServerResponse) => {
        const connection = outgoing.req.socket;
        const before = connection.listenerCount("close");
        if (incoming.url === "/watched") whenClientLeaves(outgoing, () => calls.push("left"));
        outgoing.once("finish", () => change[incoming.url ?? ""]?.push(connection.listenerCount("close") - before));
        outgoing.end("ok");
      }),
    );
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<string>((resolve, reject) => {
        request(`${served!.url}${path}`, { agent }, (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
          response.on("end", () => resolve(body));
        })
          .on("error", reject)
          .end();
      });
    for (const path of ["/plain", "/watched", "/watched", "/plain", "/watched"]) expect(await get(path)).toBe("ok");
    agent.destroy();
    expect(change["/watched"]).toHaveLength(3);
    expect(new Set([...change["/watched"]!, ...change["/plain"]!]).size).toBe(1);
    expect(calls).toEqual([]);
  });

  it("reports at once a client that left before anyone watched", async () => {
    let reported = () => undefined as void;
    const wasReported = new Promise<void>((resolve) => (reported = resolve));
    served = await serveOnLoopback(
      createServer((_incoming, outgoing) => {
        outgoing.req.socket.destroy();
        let synchronous = false;
        whenClientLeaves(outgoing, () => {
          synchronous = true;
          reported();
        });
        expect(synchronous).toBe(true);
      }),
    );
    request(`${served.url}/`)
      .on("error", () => undefined)
      .end();
    await wasReported;
  });
});
