import { z } from "zod";

/** A content part: only the fields Veilgate redacts are checked, and only their type. */
const contentPart = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  refusal: z.string().optional(),
});
const content = z.union([z.string(), z.array(contentPart)]);

/** Item types whose `output` holds text a caller's tool produced, as a string or parts. */
const TOOL_OUTPUT_TYPES = new Set(["function_call_output", "custom_tool_call_output"]);

/**
 * One input item. Loose on purpose: the Responses API has many item types and we only need
 * to read a few. Where a field holds text we redact, its shape is checked, so a malformed
 * item is refused rather than forwarded with text we could not read.
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
  });

/** A reusable prompt's variables: strings, or input parts such as `input_text`. */
const prompt = z.looseObject({
  variables: z.record(z.string(), z.union([z.string(), contentPart])).nullable().optional(),
});

/**
 * A Responses API request (`POST /v1/responses`) as far as Veilgate needs to understand it.
 * Loose: fields we do not name pass through to the vendor untouched.
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
