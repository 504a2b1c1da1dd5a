import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { quotedName } from "../quoted-name.ts";
import { type Translated, translated, translateEach, untranslatable } from "../translated.ts";

/** An empty object schema, for a function declared without parameters (Messages requires `input_schema`). */
const NO_PARAMETERS = { type: "object", properties: {} };

/** A function tool → a Messages tool. `strict` is dropped: Messages has no per-tool strict flag to map it to faithfully. */
function translateTool(tool: unknown, position: number): Translated<JsonObject> {
  const where = `tools[${position}]`;
  if (!isJsonObject(tool) || tool.type !== "function" || !isJsonObject(tool.function)) {
    return untranslatable(`${where}: only function tools translate; ${quotedName(isJsonObject(tool) ? tool.type : undefined)} tools do not.`);
  }
  const { name, description, parameters } = tool.function;
  if (typeof name !== "string") return untranslatable(`${where}: a function tool needs a name.`);
  return translated({
    name,
    ...(typeof description === "string" ? { description } : {}),
    input_schema: isJsonObject(parameters) ? parameters : NO_PARAMETERS,
  });
}

/** `tool_choice` → Messages' `tool_choice`: auto → auto, none → none, required → any, one named function → tool. */
function translateToolChoice(choice: unknown): Translated<JsonObject | undefined> {
  if (choice === undefined || choice === null) return translated(undefined);
  if (choice === "auto") return translated({ type: "auto" });
  if (choice === "none") return translated({ type: "none" });
  if (choice === "required") return translated({ type: "any" });
  if (isJsonObject(choice) && choice.type === "function" && isJsonObject(choice.function) && typeof choice.function.name === "string") {
    return translated({ type: "tool", name: choice.function.name });
  }
  return untranslatable(`'tool_choice': ${isJsonObject(choice) ? `the choice ${quotedName(choice.type)}` : "this choice"} cannot be translated; auto, none, required and one named function can.`);
}

/**
 * The request's `tools`, `tool_choice` and `parallel_tool_calls` as Messages fields.
 * `parallel_tool_calls: false` becomes `disable_parallel_tool_use` on the tool choice
 * (an `auto` choice when none was given); a `none` choice has no such flag and needs none.
 */
export function translateChatTools(request: JsonObject): Translated<JsonObject> {
  const tools = translateEach(Array.isArray(request.tools) ? request.tools : [], translateTool);
  if (!tools.ok) return tools;
  const choice = translateToolChoice(request.tool_choice);
  if (!choice.ok) return choice;
  let toolChoice = choice.value;
  if (request.parallel_tool_calls === false && tools.value.length > 0 && toolChoice?.type !== "none") {
    toolChoice = { ...(toolChoice ?? { type: "auto" }), disable_parallel_tool_use: true };
  }
  return translated({
    ...(tools.value.length > 0 ? { tools: tools.value } : {}),
    ...(toolChoice ? { tool_choice: toolChoice } : {}),
  });
}
