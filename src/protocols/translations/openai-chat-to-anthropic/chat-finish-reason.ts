/** Messages' `stop_reason` → chat's `finish_reason`. */
const FINISH_REASONS: Readonly<Record<string, string>> = {
  end_turn: "stop",
  stop_sequence: "stop",
  // A server tool's long turn was paused; to a chat caller the answer simply ended.
  pause_turn: "stop",
  max_tokens: "length",
  model_context_window_exceeded: "length",
  tool_use: "tool_calls",
  refusal: "content_filter",
};

/**
 * The chat-completions `finish_reason` for an Anthropic `stop_reason`: end_turn and
 * stop_sequence → stop, max_tokens → length, tool_use → tool_calls, refusal →
 * content_filter; anything unknown or missing → stop.
 */
export function chatFinishReason(stopReason: unknown): string {
  return (typeof stopReason === "string" ? FINISH_REASONS[stopReason] : undefined) ?? "stop";
}
