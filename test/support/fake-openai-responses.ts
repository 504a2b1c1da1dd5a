/**
 * Builders for OpenAI Responses API answers (JSON and SSE), in the real wire format, for
 * the fake vendor's responders. The shared fake vendor already records the request path and
 * can send any JSON or SSE writes; these only shape what it sends.
 */

const RESPONSE_ID = "resp_fake0123456789abcdef";
const MESSAGE_ID = "msg_fake0123456789abcdef";
const CALL_ITEM_ID = "fc_fake0123456789abcdef";
export const FAKE_CALL_ID = "call_fake0123456789";

type Json = Record<string, unknown>;

/** What a fake answer holds: a message streamed in `text` pieces and/or one function call. */
export interface FakeResponsesOutput {
  text?: string[];
  call?: { name: string; argumentPieces: string[] };
  /** Echoed back in the Response object, as OpenAI does. */
  instructions?: string | null;
}

/** The text of the last user message in a Responses request body: a string input, or text parts. */
export function lastResponsesUserText(body: Json): string {
  if (typeof body.input === "string") return body.input;
  const items = Array.isArray(body.input) ? (body.input as Json[]) : [];
  const last = [...items].reverse().find((item) => item.role === "user");
  const content = last?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return (content as Array<{ text?: string }>).map((part) => part.text ?? "").join("");
  return "";
}

const messageItem = (text: string | undefined, status: string): Json => ({
  id: MESSAGE_ID,
  type: "message",
  status,
  role: "assistant",
  content: text === undefined ? [] : [{ type: "output_text", annotations: [], logprobs: [], text }],
});

const callItem = (name: string, args: string, status: string): Json => ({ id: CALL_ITEM_ID, type: "function_call", status, arguments: args, call_id: FAKE_CALL_ID, name });

function responseObject(status: string, output: Json[], instructions: string | null): Json {
  return {
    id: RESPONSE_ID,
    object: "response",
    created_at: 1_764_000_000,
    status,
    error: null,
    incomplete_details: null,
    instructions,
    model: "fake-model",
    output,
    parallel_tool_calls: true,
    previous_response_id: null,
    store: true,
    temperature: 1,
    text: { format: { type: "text" } },
    tool_choice: "auto",
    tools: [],
    top_p: 1,
    truncation: "disabled",
    usage: status === "completed" ? { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 9, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 21 } : null,
    user: null,
    metadata: {},
  };
}

function completedOutput(output: FakeResponsesOutput): Json[] {
  const items: Json[] = [];
  if (output.text) items.push(messageItem(output.text.join(""), "completed"));
  if (output.call) items.push(callItem(output.call.name, output.call.argumentPieces.join(""), "completed"));
  return items;
}

/** A complete Response object, as `POST /v1/responses` answers without streaming. */
export function responsesJson(output: FakeResponsesOutput): Json {
  return responseObject("completed", completedOutput(output), output.instructions ?? null);
}

/**
 * The SSE frames of a streamed Response, one frame per write: created, in_progress, then for
 * each output item its added/delta/done events, then completed, numbered from 0.
 */
export function responsesStream(output: FakeResponsesOutput): string[] {
  const frames: string[] = [];
  const add = (type: string, fields: Json) => frames.push(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: frames.length, ...fields })}\n\n`);
  const instructions = output.instructions ?? null;
  add("response.created", { response: responseObject("in_progress", [], instructions) });
  add("response.in_progress", { response: responseObject("in_progress", [], instructions) });
  let outputIndex = 0;
  if (output.text) {
    const text = output.text.join("");
    const where = { item_id: MESSAGE_ID, output_index: outputIndex, content_index: 0 };
    add("response.output_item.added", { output_index: outputIndex, item: messageItem(undefined, "in_progress") });
    add("response.content_part.added", { ...where, part: { type: "output_text", annotations: [], logprobs: [], text: "" } });
    for (const delta of output.text) add("response.output_text.delta", { ...where, delta, logprobs: [] });
    add("response.output_text.done", { ...where, text, logprobs: [] });
    add("response.content_part.done", { ...where, part: { type: "output_text", annotations: [], logprobs: [], text } });
    add("response.output_item.done", { output_index: outputIndex, item: messageItem(text, "completed") });
    outputIndex += 1;
  }
  if (output.call) {
    const { name, argumentPieces } = output.call;
    const args = argumentPieces.join("");
    add("response.output_item.added", { output_index: outputIndex, item: callItem(name, "", "in_progress") });
    for (const delta of argumentPieces) add("response.function_call_arguments.delta", { item_id: CALL_ITEM_ID, output_index: outputIndex, delta });
    add("response.function_call_arguments.done", { item_id: CALL_ITEM_ID, output_index: outputIndex, name, arguments: args });
    add("response.output_item.done", { output_index: outputIndex, item: callItem(name, args, "completed") });
  }
  add("response.completed", { response: responseObject("completed", completedOutput(output), instructions) });
  return frames;
}

/** `text` cut into pieces of `size` characters (code units), the last one shorter. */
export function piecesOf(text: string, size: number): string[] {
  return text.match(new RegExp(`[\\s\\S]{1,${size}}`, "g")) ?? [];
}
