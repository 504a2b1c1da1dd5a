import { z } from "zod";
import { findUnreadablePayload } from "../shared/find-unreadable-payload.ts";

const contentPart = z.looseObject({ type: z.string() });
const content = z.union([z.string(), z.array(contentPart), z.null()]);

/** Parts that hold only text Veilgate reads; every other part is searched for what it cannot read. */
const TEXT_PART_TYPES: ReadonlySet<string> = new Set(["text", "refusal"]);

const toolCall = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  function: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
  custom: z.looseObject({ name: z.string().optional(), input: z.string().optional() }).optional(),
});

const message = z
  .looseObject({
    role: z.string(),
    content: content.optional(),
    name: z.string().optional(),
    refusal: z.string().nullable().optional(),
    tool_calls: z.array(toolCall).optional(),
    function_call: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).nullable().optional(),
  })
  .superRefine((message, context) => {
    if (!Array.isArray(message.content)) return;
    message.content.forEach((part, index) => {
      if (TEXT_PART_TYPES.has(part.type)) return;
      // A file's bytes and audio are refused; an image may come as a data: URL (a documented choice).
      const unreadable = findUnreadablePayload(part, { imageDataUrls: part.type === "image_url" });
      if (unreadable) context.addIssue({ code: "custom", path: ["content", index, ...unreadable.path], message: unreadable.message });
    });
  });

/**
 * A chat-completions request as far as Veilgate needs to understand it. Loose: fields we
 * do not name are kept, and the text slots read those that hold text. Content Veilgate
 * cannot read (a file's bytes, audio, other data behind an image URL) is refused rather
 * than forwarded unchecked.
 */
export const chatCompletionRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(message).min(1),
  stream: z.boolean().nullable().optional(),
  user: z.string().optional(),
});

export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;
export type ChatMessage = ChatCompletionRequest["messages"][number];
