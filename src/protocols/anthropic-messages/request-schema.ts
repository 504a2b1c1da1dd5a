import { z } from "zod";

/** Any content block: only its `type` is checked here; text slots look at the rest. */
const contentBlock = z.looseObject({ type: z.string() });

const message = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(contentBlock)]),
});

/**
 * An Anthropic Messages request (`/v1/messages`, `/v1/messages/count_tokens`) as far as
 * Veilgate needs to understand it. Loose: tools, thinking, sampling settings and every
 * field we do not name pass through to the vendor untouched.
 */
export const anthropicMessagesRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(message).min(1),
  system: z.union([z.string(), z.array(contentBlock)]).optional(),
  metadata: z.looseObject({ user_id: z.string().nullable().optional() }).nullable().optional(),
  stream: z.boolean().nullable().optional(),
});

export type AnthropicMessagesRequest = z.infer<typeof anthropicMessagesRequestSchema>;
