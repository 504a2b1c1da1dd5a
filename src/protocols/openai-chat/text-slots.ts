import type { TextSlot } from "../types.ts";
import type { ChatCompletionRequest, ChatMessage } from "./request-schema.ts";
import { slotAt } from "../shared/slot-at.ts";

type Container = Record<string, unknown>;

function contentSlots(message: ChatMessage): Array<TextSlot | undefined> {
  const content = message.content;
  if (typeof content === "string") return [slotAt(message, "content")];
  if (!Array.isArray(content)) return [];
  return content.flatMap((part) => {
    if (part.type === "text") return [slotAt(part, "text")];
    if (part.type === "refusal") return [slotAt(part, "refusal")];
    // A remote image URL is fetched by the vendor, so PII in its query string would leave.
    if (part.type === "image_url" && isRecord(part.image_url) && !String(part.image_url.url).startsWith("data:")) {
      return [slotAt(part.image_url, "url")];
    }
    if (part.type === "file" && isRecord(part.file)) return [slotAt(part.file, "filename")];
    return [];
  });
}

function isRecord(value: unknown): value is Container {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every string of a chat-completions request that the vendor reads and a person may have
 * written: message content (strings and text parts), names, refusals, tool-call arguments
 * (JSON held in a string), and the `user` field, which apps often fill with an email.
 */
export function chatCompletionTextSlots(request: ChatCompletionRequest): TextSlot[] {
  const slots: Array<TextSlot | undefined> = [slotAt(request, "user")];
  for (const message of request.messages) {
    slots.push(...contentSlots(message), slotAt(message, "name"), slotAt(message, "refusal"));
    for (const call of message.tool_calls ?? []) {
      if (call.function) slots.push(slotAt(call.function, "arguments", "json"));
    }
    if (message.function_call) slots.push(slotAt(message.function_call, "arguments", "json"));
  }
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
