/** One labelled block of a transcript: a system prompt, a message, a tool call, or the raw body. */
export interface TranscriptTurn {
  label: string;
  text: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** The text of a message's content: a string, or its text parts, with other parts as JSON. */
function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return content === undefined || content === null ? "" : JSON.stringify(content, null, 2);
  return content
    .map((part) => {
      if (!isObject(part)) return String(part);
      if (typeof part.text === "string") return part.text;
      if (typeof part.thinking === "string") return part.thinking;
      if (part.type === "tool_use") return `${String(part.name)}(${JSON.stringify(part.input, null, 2)})`;
      if (part.type === "tool_result") return contentText(part.content);
      return JSON.stringify(part, null, 2);
    })
    .join("\n");
}

function messageTurns(messages: unknown[]): TranscriptTurn[] {
  return messages.filter(isObject).flatMap((message) => {
    const role = String(message.role ?? message.type ?? "message");
    const turns: TranscriptTurn[] = [];
    const text = contentText(message.content ?? message.output);
    if (text) turns.push({ label: role, text });
    const calls = Array.isArray(message.tool_calls) ? message.tool_calls.filter(isObject) : [];
    for (const call of calls) {
      const fn = isObject(call.function) ? call.function : {};
      turns.push({ label: `${role} → tool call ${String(fn.name ?? "")}`, text: String(fn.arguments ?? "") });
    }
    if (message.type === "function_call") turns.push({ label: `tool call ${String(message.name ?? "")}`, text: String(message.arguments ?? "") });
    return turns;
  });
}

/**
 * A redacted request as a reader wants it: system prompt and messages in order, whatever
 * the protocol (chat completions, Anthropic messages, Responses). Anything else is shown
 * as pretty-printed JSON, and text that is not JSON as it is.
 */
export function transcriptTurns(redactedRequest: string | null): TranscriptTurn[] {
  if (!redactedRequest) return [];
  let body: unknown;
  try {
    body = JSON.parse(redactedRequest);
  } catch {
    return [{ label: "request (not JSON)", text: redactedRequest }];
  }
  if (!isObject(body)) return [{ label: "request", text: JSON.stringify(body, null, 2) }];
  const turns: TranscriptTurn[] = [];
  if (body.system !== undefined) turns.push({ label: "system", text: contentText(body.system) });
  if (typeof body.instructions === "string") turns.push({ label: "instructions", text: body.instructions });
  if (Array.isArray(body.messages)) turns.push(...messageTurns(body.messages));
  if (typeof body.input === "string") turns.push({ label: "input", text: body.input });
  else if (Array.isArray(body.input)) turns.push(...messageTurns(body.input));
  if (typeof body.prompt === "string") turns.push({ label: "prompt", text: body.prompt });
  return turns.length > 0 ? turns : [{ label: "request", text: JSON.stringify(body, null, 2) }];
}

/** Pretty-printed JSON when the text is JSON, else the text. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
