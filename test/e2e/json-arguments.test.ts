import { beforeEach, describe, expect, it } from "vitest";
import { chatCompletion } from "../support/fake-openai-vendor.ts";
import { PII, leakedIn } from "../support/pii-samples.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate();
const CARD_DIGITS = PII.card.replace(/ /g, "");

beforeEach(() => fixture.vendor.reset(() => ({ kind: "json", body: chatCompletion("Done.") })));

describe("tool-call arguments (JSON source in a string) through the openai SDK", () => {
  it("redacts a card number sent as a JSON number and an email used as an object key", async () => {
    const argumentsText = `{"amount": 12.5, "card": ${CARD_DIGITS}, "notify": {"${PII.email}": "cc"}, "ref": 9007199254740993}`;
    const completion = await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: [
        { role: "user", content: "Pay the invoice." },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "pay", arguments: argumentsText } }] },
        { role: "tool", tool_call_id: "call_1", content: "paid" },
      ],
    });
    expect(completion.choices[0]!.message.content).toBe("Done.");
    const received = fixture.vendor.received[0]!;
    expect(leakedIn(received.rawBody, [CARD_DIGITS, PII.email])).toEqual([]);
    const sent = JSON.parse((received.body.messages as Array<{ tool_calls?: Array<{ function: { arguments: string } }> }>)[1]!.tool_calls![0]!.function.arguments) as Record<string, unknown>;
    // The values became placeholders (strings); every other number went as the client wrote it.
    expect(sent.card).toMatch(/^\S+$/);
    expect(typeof sent.card).toBe("string");
    expect(Object.keys(sent.notify as object)).toHaveLength(1);
    expect(Object.keys(sent.notify as object)[0]).not.toContain("@");
    expect(received.rawBody).toContain('\\"amount\\":12.5');
    expect(received.rawBody).toContain('\\"ref\\":9007199254740993');
  });
});
