import type { IncomingMessage } from "node:http";

/** A request's whole body as UTF-8 text, read from Node's IncomingMessage (no web-stream Request in between). */
export async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
