import type { TextSlot } from "../types.ts";
import { contentBlockSlots } from "./content-block-slots.ts";
import type { AnthropicMessagesRequest } from "./request-schema.ts";
import { stringSlot } from "./string-slot.ts";

/**
 * Every string of an Anthropic Messages request that the vendor reads and a person may
 * have written: the system prompt (a string or text blocks), each message's content (a
 * string or blocks, see {@link contentBlockSlots}), and `metadata.user_id`, which apps
 * often fill with an email. Tool definitions and every other field pass through as sent.
 */
export function anthropicMessagesTextSlots(request: AnthropicMessagesRequest): TextSlot[] {
  const slots: TextSlot[] = [];
  if (typeof request.system === "string") slots.push(...stringSlot(request, "system"));
  else if (Array.isArray(request.system)) slots.push(...request.system.flatMap(contentBlockSlots));
  for (const message of request.messages) {
    if (typeof message.content === "string") slots.push(...stringSlot(message, "content"));
    else slots.push(...message.content.flatMap(contentBlockSlots));
  }
  if (request.metadata) slots.push(...stringSlot(request.metadata, "user_id"));
  return slots;
}
