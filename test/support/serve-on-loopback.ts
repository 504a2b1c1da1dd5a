import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A server listening on 127.0.0.1, with the URL to reach it and a way to shut it down. */
export interface LoopbackServer {
  url: string;
  /** Drops every open connection first (a held-open stream or an idle keep-alive), so closing cannot stall. */
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1. */
export async function serveOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
