import { type Dispatcher, request } from "undici";
import { type AnswerMode, type BenchTarget, requestHeaders } from "./bench-target.ts";

/** One request's timings, in milliseconds from just before it was sent. */
export interface TimedResponse {
  status: number;
  /** Until the last byte of the body. */
  latencyMs: number;
  /** Until the first chunk of the body (not the headers). */
  firstByteMs: number;
  /** The whole body, when asked for. */
  text?: string;
}

/**
 * Sends the chat-completions request to `target` with `undici.request` and times the
 * first body chunk and the end of the body. Throws on any status but 200, so a bench
 * never measures error answers by mistake.
 */
export async function sendTimedRequest(
  dispatcher: Dispatcher,
  target: BenchTarget,
  mode: AnswerMode,
  body: string,
  options: { keepText?: boolean } = {},
): Promise<TimedResponse> {
  const startedAt = performance.now();
  const response = await request(`${target.url}/v1/chat/completions`, {
    method: "POST",
    headers: requestHeaders(target, mode),
    body,
    dispatcher,
  });
  let firstByteAt = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) {
    if (firstByteAt === 0) firstByteAt = performance.now();
    if (options.keepText || response.statusCode !== 200) chunks.push(chunk as Buffer);
  }
  const endedAt = performance.now();
  const text = chunks.length > 0 ? Buffer.concat(chunks).toString("utf8") : undefined;
  if (response.statusCode !== 200) {
    throw new Error(`${target.id} (${mode}) answered HTTP ${response.statusCode}: ${(text ?? "").slice(0, 500)}`);
  }
  return {
    status: response.statusCode,
    latencyMs: endedAt - startedAt,
    firstByteMs: (firstByteAt || endedAt) - startedAt,
    ...(text !== undefined ? { text } : {}),
  };
}
