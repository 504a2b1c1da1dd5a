import type { Dispatcher } from "undici";
import { BENCH_USER_TEXT } from "../bench-request.ts";
import { ANSWER_MODES, type AnswerMode, type BenchTarget } from "../load/bench-target.ts";
import { sendTimedRequest } from "../load/send-timed-request.ts";
import { answerContent } from "./answer-content.ts";

/** Sends one request of `mode` and returns the assistant text the client received. */
export async function receivedContent(dispatcher: Dispatcher, target: BenchTarget, mode: AnswerMode, body: string): Promise<string> {
  const timed = await sendTimedRequest(dispatcher, target, mode, body, { keepText: true });
  return answerContent(mode, timed.text ?? "");
}

/**
 * Checks that `target` gives the client the bench prompt back word for word, as JSON and
 * as a stream, so every row of the table measures a working exchange. Throws otherwise.
 */
export async function verifyEcho(dispatcher: Dispatcher, target: BenchTarget, bodies: Record<AnswerMode, string>): Promise<void> {
  for (const mode of ANSWER_MODES) {
    const content = await receivedContent(dispatcher, target, mode, bodies[mode]);
    if (content !== BENCH_USER_TEXT) {
      throw new Error(`${target.id} (${mode}) did not echo the prompt back intact:\n${content.slice(0, 400)}`);
    }
  }
}
