/** How many content chunks the fake vendor splits a streamed answer into. */
export const STREAM_CONTENT_CHUNKS = 40;

/**
 * The fake vendor's pause between the first SSE frame and the rest. Without it the ~40
 * frames reach the client as one burst and "first byte" is just "whole body"; with it the
 * first frame travels alone, as it does from a real model, so first-byte time measures the
 * hop's own delay on it.
 */
export const FIRST_FRAME_PAUSE_MS = 2;

const COMMON = { id: "chatcmpl-bench", created: 1_764_000_000, model: "bench-model", system_fingerprint: "fp_bench" };

/** The text of the last user message of a chat-completions body (string content only). */
export function lastUserText(body: unknown): string {
  const messages = (body as { messages?: Array<{ role?: unknown; content?: unknown }> }).messages ?? [];
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (message?.role === "user" && typeof message.content === "string") return message.content;
  }
  return "";
}

/** A `chat.completion` answer whose message is `content`. */
export function chatCompletionJson(content: string): string {
  return JSON.stringify({
    ...COMMON,
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 600, completion_tokens: 560, total_tokens: 1160 },
  });
}

/**
 * OpenAI `chat.completion.chunk` SSE frames carrying `content` in
 * {@link STREAM_CONTENT_CHUNKS} pieces: a role frame, the pieces, a finish frame, `[DONE]`.
 * Pieces are cut at fixed lengths, so placeholders are split across frames, as models do.
 */
export function chatCompletionFrames(content: string): string[] {
  const frame = (delta: object, finishReason: string | null): string =>
    `data: ${JSON.stringify({ ...COMMON, object: "chat.completion.chunk", choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] })}\n\n`;
  const pieceLength = Math.max(1, Math.ceil(content.length / STREAM_CONTENT_CHUNKS));
  const frames = [frame({ role: "assistant", content: "", refusal: null }, null)];
  for (let start = 0; start < content.length; start += pieceLength) {
    frames.push(frame({ content: content.slice(start, start + pieceLength) }, null));
  }
  frames.push(frame({}, "stop"));
  frames.push("data: [DONE]\n\n");
  return frames;
}
