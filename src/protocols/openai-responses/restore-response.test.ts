import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRestoreKit } from "../../proxy/restore-kit.ts";
import { restoreResponsesAnswer } from "./restore-response.ts";

const VALUES = new Map([
  ["[US_SSN_E2ST2M]", "536-22-1234"],
  ["[EMAIL_GCZW14]", "jane.doe@example.com"],
  ["[PERSON_0A1B2C]", 'Jane "JD" O\\Brien'],
]);
const lookup = (placeholder: string) => VALUES.get(placeholder);
const kit = createRestoreKit(lookup);

type Output = { type: string; text?: string; arguments?: string; content?: Array<{ type: string; text?: string; refusal?: string }> };
const fixture = () => JSON.parse(readFileSync(new URL("./__fixtures__/response-function-call.json", import.meta.url), "utf8")) as { output: Output[]; instructions: string; usage: unknown; output_text?: string };

describe("restoreResponsesAnswer", () => {
  it("restores message text and function-call arguments (as valid JSON) of a recorded answer", () => {
    const body = fixture();
    const transcript = restoreResponsesAnswer(body, kit);
    const [message, call] = body.output;
    expect(message!.content![0]!.text).toBe("Your SSN on file is 536-22-1234 and I will email jane.doe@example.com.");
    expect(JSON.parse(call!.arguments!)).toEqual({ ssn: "536-22-1234", note: 'for Jane "JD" O\\Brien' });
    expect(body.instructions).toBe("You are a billing assistant. The account holder is jane.doe@example.com.");
    expect(body.usage).toEqual(fixture().usage);
    expect(transcript).toBe(`${fixture().output[0]!.content![0]!.text}\n${fixture().output[1]!.arguments}`);
    expect(transcript).not.toMatch(/536-22|jane\.doe|Brien/);
  });

  it("restores the output_text convenience field and refusal parts", () => {
    const body = {
      output: [{ type: "message", content: [{ type: "refusal", refusal: "I cannot share [US_SSN_E2ST2M]." }] }],
      output_text: "SSN [US_SSN_E2ST2M]",
    };
    restoreResponsesAnswer(body, kit);
    expect(body.output[0]!.content[0]!.refusal).toBe("I cannot share 536-22-1234.");
    expect(body.output_text).toBe("SSN 536-22-1234");
  });

  it("leaves unknown placeholders, reasoning items and non-objects alone", () => {
    const body = {
      output: [
        { type: "reasoning", summary: [{ type: "summary_text", text: "[US_SSN_E2ST2M]" }] },
        { type: "message", content: [{ type: "output_text", text: "[US_SSN_ZZZZZZ] stays" }] },
      ],
    };
    const before = structuredClone(body);
    restoreResponsesAnswer(body, kit);
    expect(body).toEqual(before);
    expect(restoreResponsesAnswer(null, kit)).toBe("");
    expect(restoreResponsesAnswer({ object: "response", output: "nope" }, kit)).toBe("");
  });
});
