import { z } from "zod";
import { unreadableContentReason } from "./unreadable-content.ts";

/**
 * Any content block: its `type`, and that Veilgate can read it (no base64 document, no
 * base64 data in a block type it does not know); text slots look at the rest.
 */
const contentBlock = z.looseObject({ type: z.string() }).superRefine((block, context) => {
  const reason = unreadableContentReason(block);
  if (reason) context.addIssue({ code: "custom", message: reason });
});

const message = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(contentBlock)]),
});

/**
 * An Anthropic Messages request (`/v1/messages`, `/v1/messages/count_tokens`) as far as
 * Veilgate needs to understand it. Loose: every field we do not name is kept and passed on,
 * after its text slots are redacted (see `anthropicMessagesTextSlots`).
 */
export const anthropicMessagesRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(message).min(1),
  system: z.union([z.string(), z.array(contentBlock)]).optional(),
  metadata: z.looseObject({ user_id: z.string().nullable().optional() }).nullable().optional(),
  stream: z.boolean().nullable().optional(),
});

export type AnthropicMessagesRequest = z.infer<typeof anthropicMessagesRequestSchema>;
