import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { quotedName } from "../quoted-name.ts";
import { type Translated, translated, translateEach, untranslatable } from "../translated.ts";

/**
 * A custom tool → a function tool, `input_schema` becoming `parameters`. Server tools
 * (web search, bash, text editor, code execution…) run at Anthropic and are refused;
 * `cache_control`, `strict`, `input_examples` and the like are dropped.
 */
function translateTool(tool: unknown, position: number): Translated<JsonObject> {
  const where = `tools[${position}]`;
  if (!isJsonObject(tool)) return untranslatable(`${where} is not a tool.`);
  if (tool.type !== undefined && tool.type !== null && tool.type !== "custom") {
    return untranslatable(`${where}: the server tool ${quotedName(tool.type)} runs only on Anthropic-protocol vendors.`);
  }
  if (typeof tool.name !== "string") return untranslatable(`${where}: a tool needs a name.`);
  return translated({
    type: "function",
    function: {
      name: tool.name,
      ...(typeof tool.description === "string" ? { description: tool.description } : {}),
      parameters: isJsonObject(tool.input_schema) ? tool.input_schema : { type: "object", properties: {} },
    },
  });
}

/** `tool_choice` → chat's: auto → "auto", any → "required", tool → one named function, none → "none". */
function translateToolChoice(choice: unknown): Translated<unknown> {
  if (choice === undefined || choice === null) return translated(undefined);
  if (!isJsonObject(choice)) return untranslatable("'tool_choice' must be an object.");
  if (choice.type === "auto") return translated("auto");
  if (choice.type === "any") return translated("required");
  if (choice.type === "none") return translated("none");
  if (choice.type === "tool" && typeof choice.name === "string") return translated({ type: "function", function: { name: choice.name } });
  return untranslatable(`'tool_choice': the choice ${quotedName(choice.type)} cannot be translated.`);
}

/**
 * The request's `tools` and `tool_choice` as chat fields; `disable_parallel_tool_use: true`
 * becomes `parallel_tool_calls: false`.
 */
export function translateMessagesTools(request: JsonObject): Translated<JsonObject> {
  const tools = translateEach(Array.isArray(request.tools) ? request.tools : [], translateTool);
  if (!tools.ok) return tools;
  const choice = translateToolChoice(request.tool_choice);
  if (!choice.ok) return choice;
  const serial = isJsonObject(request.tool_choice) && request.tool_choice.disable_parallel_tool_use === true;
  return translated({
    ...(tools.value.length > 0 ? { tools: tools.value } : {}),
    ...(choice.value !== undefined ? { tool_choice: choice.value } : {}),
    ...(serial && tools.value.length > 0 ? { parallel_tool_calls: false } : {}),
  });
}
