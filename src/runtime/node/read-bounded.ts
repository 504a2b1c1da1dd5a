import { ProxyError } from "../../errors.ts";

/**
 * The whole body as text, refused once it passes `maxBytes`: an answer is held in memory
 * (restored, logged) before it is sent on, so a vendor cannot be allowed to send without end.
 * Leaving the loop early aborts the request.
 */
export async function readBounded(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new ProxyError("vendor_error", `The vendor's answer is larger than ${maxBytes / 2 ** 20} MiB; it was not passed on.`);
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}
