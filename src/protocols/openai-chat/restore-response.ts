import type { RestoreKit } from "../types.ts";
import { isRecord } from "../shared/json-record.ts";

type Json = Record<string, unknown>;

function restoreField(container: Json, key: string, kit: RestoreKit, encoding: "text" | "json-string", transcript: string[]): void {
  const value = container[key];
  if (typeof value !== "string") return;
  transcript.push(value);
  container[key] = kit.restore(value, encoding);
}

/**
 * Puts values back into a chat-completion JSON answer, in place: message content, refusal
 * and tool-call arguments of every choice. Returns the answer's text as the vendor sent
 * it (placeholders only), for the transcript.
 */
export function restoreChatCompletion(body: unknown, kit: RestoreKit): string {
  const transcript: string[] = [];
  const choices = isRecord(body) && Array.isArray(body.choices) ? body.choices : [];
  for (const choice of choices) {
    if (!isRecord(choice) || !isRecord(choice.message)) continue;
    const message = choice.message;
    restoreField(message, "content", kit, "text", transcript);
    restoreField(message, "refusal", kit, "text", transcript);
    for (const call of Array.isArray(message.tool_calls) ? message.tool_calls : []) {
      if (isRecord(call) && isRecord(call.function)) restoreField(call.function, "arguments", kit, "json-string", transcript);
    }
    if (isRecord(message.function_call)) restoreField(message.function_call, "arguments", kit, "json-string", transcript);
  }
  return transcript.join("\n");
}
