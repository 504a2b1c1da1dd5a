/** Chat's `finish_reason` → Messages' `stop_reason`. */
const STOP_REASONS: Readonly<Record<string, string>> = {
  // Chat does not say whether a stop sequence or the model ended the turn; end_turn is the honest default.
  stop: "end_turn",
  length: "max_tokens",
  tool_calls: "tool_use",
  function_call: "tool_use",
  content_filter: "refusal",
};

/**
 * The Messages `stop_reason` for a chat `finish_reason`: stop → end_turn, length →
 * max_tokens, tool_calls → tool_use, content_filter → refusal; anything unknown → end_turn.
 */
export function anthropicStopReason(finishReason: unknown): string {
  return (typeof finishReason === "string" ? STOP_REASONS[finishReason] : undefined) ?? "end_turn";
}
