import type { Dispatcher } from "undici";
import { leakedIn } from "../../test/support/pii-samples.ts";
import { BENCH_PII_VALUES, BENCH_USER_TEXT } from "../bench-request.ts";
import type { BenchChild } from "../harness/start-bench-child.ts";
import { ANSWER_MODES, type AnswerMode, type BenchTarget } from "../load/bench-target.ts";
import { lastUserText } from "../servers/echo-answer.ts";
import { receivedContent } from "./verify-echo.ts";

/** Fewer placeholders than this at the vendor means detection is not really being exercised. */
export const MIN_PLACEHOLDERS = 10;

/** `[TYPE_XXXXXX]`: an upper-case label and a six-character Crockford base32 tag. */
const PLACEHOLDER = /\[[A-Z][A-Z0-9_]*_[0-9A-HJKMNP-TV-Z]{6}\]/g;

/** What the vendor saw through Veilgate, per answer mode. */
export interface RedactionEvidence {
  mode: AnswerMode;
  placeholders: number;
  /** Placeholder count per entity label, e.g. `{ US_SSN: 2 }`. */
  byType: Record<string, number>;
}

/**
 * Before anything is measured: sends the bench request through Veilgate as JSON and as a
 * stream and checks that the vendor received at least {@link MIN_PLACEHOLDERS}
 * placeholders and none of the values, and that the client got every value back.
 * Throws, and so stops the bench, on any failure.
 */
export async function verifyRedaction(
  dispatcher: Dispatcher,
  veilgate: BenchTarget,
  vendor: BenchChild,
  bodies: Record<AnswerMode, string>,
): Promise<RedactionEvidence[]> {
  const evidence: RedactionEvidence[] = [];
  for (const mode of ANSWER_MODES) {
    const content = await receivedContent(dispatcher, veilgate, mode, bodies[mode]);
    const received = await vendor.ask("last-received");
    if (received === null) throw new Error("the fake vendor received nothing through Veilgate");
    const forwardedPrompt = lastUserText(JSON.parse(received));
    const placeholders = forwardedPrompt.match(PLACEHOLDER) ?? [];
    const leaked = leakedIn(received, BENCH_PII_VALUES);
    const problems = [
      placeholders.length < MIN_PLACEHOLDERS ? `only ${placeholders.length} placeholders reached the vendor (need ≥ ${MIN_PLACEHOLDERS})` : "",
      leaked.length > 0 ? `values reached the vendor in the clear: ${leaked.join(", ")}` : "",
      content !== BENCH_USER_TEXT ? "the client did not get the original text back (restore failed)" : "",
    ].filter(Boolean);
    if (problems.length > 0) {
      throw new Error(`Veilgate (${mode}) redaction check failed:\n  ${problems.join("\n  ")}\nThe vendor received:\n${forwardedPrompt}`);
    }
    const byType: Record<string, number> = {};
    for (const placeholder of placeholders) {
      const label = placeholder.slice(1, placeholder.lastIndexOf("_"));
      byType[label] = (byType[label] ?? 0) + 1;
    }
    evidence.push({ mode, placeholders: placeholders.length, byType });
  }
  return evidence;
}
