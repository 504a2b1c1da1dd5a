import { Hono } from "hono";
import { streamSSE } from "hono/streaming";

interface ChatMessage {
  role?: string;
  content?: unknown;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (part && typeof part === "object" && "text" in part ? String(part.text) : "")).join("");
}

/**
 * The demo vendor: a local OpenAI-compatible endpoint that answers every chat completion by
 * echoing the last user message, so redaction and restoring can be seen without an API key.
 * It streams in small pieces, so placeholders are split across chunks on purpose.
 * `onReceived` is told exactly what reached the "vendor": redacted text only.
 */
export function createEchoVendorApp(options: { onReceived?: (text: string) => void } = {}): Hono {
  const app = new Hono();
  app.post("/v1/chat/completions", async (context) => {
    const body = (await context.req.json()) as { model?: string; stream?: boolean; messages?: ChatMessage[] };
    const lastUser = [...(body.messages ?? [])].reverse().find((message) => message.role === "user");
    const received = textOf(lastUser?.content);
    options.onReceived?.(received);
    const reply = `Echo from the demo vendor: ${received}`;
    const id = `chatcmpl-demo-${Date.now().toString(36)}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model ?? "echo-1";
    const usage = { prompt_tokens: received.length, completion_tokens: reply.length, total_tokens: received.length + reply.length };
    if (!body.stream) {
      return context.json({
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{ index: 0, message: { role: "assistant", content: reply, refusal: null }, logprobs: null, finish_reason: "stop" }],
        usage,
      });
    }
    return streamSSE(context, async (stream) => {
      const chunk = (delta: object, finishReason: string | null) =>
        JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] });
      await stream.writeSSE({ data: chunk({ role: "assistant", content: "" }, null) });
      for (let offset = 0; offset < reply.length; offset += 5) {
        await stream.writeSSE({ data: chunk({ content: reply.slice(offset, offset + 5) }, null) });
      }
      await stream.writeSSE({ data: chunk({}, "stop") });
      await stream.writeSSE({ data: "[DONE]" });
    });
  });
  return app;
}
