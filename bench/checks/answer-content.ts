import type { AnswerMode } from "../load/bench-target.ts";

interface ChatChoice {
  message?: { content?: unknown };
  delta?: { content?: unknown };
}

/**
 * The assistant text of a chat-completions answer: `choices[0].message.content` of a JSON
 * answer, or the concatenated `delta.content` of every `chat.completion.chunk` SSE frame.
 */
export function answerContent(mode: AnswerMode, bodyText: string): string {
  if (mode === "json") {
    const answer = JSON.parse(bodyText) as { choices?: ChatChoice[] };
    const content = answer.choices?.[0]?.message?.content;
    if (typeof content !== "string") throw new Error(`the JSON answer has no message content: ${bodyText.slice(0, 300)}`);
    return content;
  }
  let content = "";
  let sawDone = false;
  for (const event of bodyText.split(/\r?\n\r?\n/)) {
    const data = event
      .split(/\r?\n/)
      .filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(5).trimStart())
      .join("\n");
    if (data === "") continue;
    if (data === "[DONE]") {
      sawDone = true;
      continue;
    }
    const chunk = JSON.parse(data) as { choices?: ChatChoice[] };
    const piece = chunk.choices?.[0]?.delta?.content;
    if (typeof piece === "string") content += piece;
  }
  if (!sawDone) throw new Error("the SSE answer ended without data: [DONE]");
  return content;
}
