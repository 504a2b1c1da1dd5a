import { z } from "zod";

const contentPart = z.looseObject({ type: z.string() });
const content = z.union([z.string(), z.array(contentPart), z.null()]);

const toolCall = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  function: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
});

const message = z.looseObject({
  role: z.string(),
  content: content.optional(),
  name: z.string().optional(),
  refusal: z.string().nullable().optional(),
  tool_calls: z.array(toolCall).optional(),
  function_call: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).nullable().optional(),
});

/**
 * A chat-completions request as far as Veilgate needs to understand it. Loose: fields we
 * do not name pass through to the vendor untouched.
 */
export const chatCompletionRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(message).min(1),
  stream: z.boolean().nullable().optional(),
  user: z.string().optional(),
});

export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;
export type ChatMessage = ChatCompletionRequest["messages"][number];
