import { z } from "zod";
import { findUnreadablePayload, type UnreadablePayload } from "../shared/find-unreadable-payload.ts";
import { SEALED_KEYS } from "./item-structure-keys.ts";

/** A content part: only the fields Veilgate redacts are checked, and only their type. */
const contentPart = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  refusal: z.string().optional(),
});
const content = z.union([z.string(), z.array(contentPart)]);

/** Item types whose `output` holds text a caller's tool produced, as a string or parts. */
const TOOL_OUTPUT_TYPES = new Set(["function_call_output", "custom_tool_call_output", "local_shell_call_output"]);

/** Parts that hold only text Veilgate reads; every other part is searched for what it cannot read. */
const TEXT_PART_TYPES: ReadonlySet<string> = new Set(["input_text", "output_text", "summary_text", "reasoning_text", "refusal"]);

/** A file's bytes or audio in a part; an image may come as a data: URL (a documented choice). */
function unreadablePart(part: unknown): UnreadablePayload | undefined {
  const type = typeof part === "object" && part !== null && "type" in part ? part.type : undefined;
  if (typeof type === "string" && TEXT_PART_TYPES.has(type)) return undefined;
  return findUnreadablePayload(part, { opaqueKeys: SEALED_KEYS, imageDataUrls: type === "input_image" });
}

function unreadableParts(parts: unknown, key: string): UnreadablePayload[] {
  if (!Array.isArray(parts)) return [];
  return parts.flatMap((part, index) => {
    const found = unreadablePart(part);
    return found ? [{ ...found, path: [key, index, ...found.path] }] : [];
  });
}

/** What Veilgate cannot read in one input item; an item of a type not listed here is searched whole, as text-slots reads it. */
function unreadableInItem(item: Record<string, unknown>): UnreadablePayload[] {
  switch (item.type) {
    case undefined:
    case "message":
      return unreadableParts(item.content, "content");
    case "function_call_output":
    case "custom_tool_call_output":
    case "local_shell_call_output":
      return unreadableParts(item.output, "output");
    case "reasoning":
      return [...unreadableParts(item.summary, "summary"), ...unreadableParts(item.content, "content")];
    case "function_call":
    case "custom_tool_call":
      return [];
    default: {
      // Images pass as they do in image parts (a documented limit): a computer-use screenshot is one.
      const found = findUnreadablePayload(item, { opaqueKeys: SEALED_KEYS, imageDataUrls: true });
      return found ? [found] : [];
    }
  }
}

/**
 * One input item. Loose on purpose: the Responses API has many item types and we only need
 * to read a few field by field. Where a field holds text we redact, its shape is checked, so
 * a malformed item is refused rather than forwarded with text we could not read; so is a
 * file's bytes, audio, or base64 anywhere in an item read whole.
 */
const inputItem = z
  .looseObject({
    type: z.string().optional(),
    role: z.string().optional(),
    content: content.optional(),
    arguments: z.string().optional(),
    input: z.unknown().optional(),
    output: z.unknown().optional(),
    summary: z.array(contentPart).optional(),
  })
  .superRefine((item, context) => {
    if (item.type !== undefined && TOOL_OUTPUT_TYPES.has(item.type) && !content.safeParse(item.output).success) {
      context.addIssue({ code: "custom", path: ["output"], message: `${item.type} output must be a string or an array of content parts` });
    }
    if (item.type === "custom_tool_call" && typeof item.input !== "string") {
      context.addIssue({ code: "custom", path: ["input"], message: "custom_tool_call input must be a string" });
    }
    for (const { path, message } of unreadableInItem(item)) context.addIssue({ code: "custom", path, message });
  });

/** A reusable prompt's variables: strings, or input parts such as `input_text`. */
const prompt = z
  .looseObject({
    variables: z.record(z.string(), z.union([z.string(), contentPart])).nullable().optional(),
  })
  .superRefine((prompt, context) => {
    for (const [name, value] of Object.entries(prompt.variables ?? {})) {
      const found = typeof value === "string" ? undefined : unreadablePart(value);
      if (found) context.addIssue({ code: "custom", path: ["variables", name, ...found.path], message: found.message });
    }
  });

/**
 * A Responses API request (`POST /v1/responses`) as far as Veilgate needs to understand it.
 * Loose: fields we do not name are kept, and the text slots read those that hold text.
 */
export const responsesRequestSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(inputItem)]).optional(),
  instructions: z.string().nullable().optional(),
  prompt: prompt.nullable().optional(),
  stream: z.boolean().nullable().optional(),
  user: z.string().optional(),
  safety_identifier: z.string().optional(),
});

export type ResponsesRequest = z.infer<typeof responsesRequestSchema>;
export type ResponsesInputItem = Exclude<ResponsesRequest["input"], string | undefined>[number];
