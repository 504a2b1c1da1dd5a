import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RestoreKit } from "../types.ts";
import { openAiEmbeddingsProtocol } from "./index.ts";
import type { EmbeddingsRequest } from "./request-schema.ts";

function parse(body: unknown): EmbeddingsRequest {
  const parsed = openAiEmbeddingsProtocol.parseRequest(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

describe("openAiEmbeddingsProtocol", () => {
  it("reads a string input and user, and rewrites them in place", () => {
    const request = parse({ model: "m", input: "SSN 536-22-1234", user: "jane@example.com", dimensions: 8 });
    const slots = openAiEmbeddingsProtocol.textSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["jane@example.com", "SSN 536-22-1234"]);
    for (const slot of slots) slot.write("[X]");
    expect(request).toEqual({ model: "m", input: "[X]", user: "[X]", dimensions: 8 });
  });

  it("reads each string of an input array", () => {
    const request = parse({ model: "m", input: ["one", "", "three"] });
    const slots = openAiEmbeddingsProtocol.textSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["one", "three"]);
    slots[1]!.write("3");
    expect(request.input).toEqual(["one", "", "3"]);
  });

  it.each([
    ["an array of token ids", [1, 2, 3]],
    ["arrays of token ids", [[1, 2], [3]]],
  ])("refuses %s, which it cannot check for PII, and says why", (_, input) => {
    const parsed = openAiEmbeddingsProtocol.parseRequest({ model: "m", input });
    expect(parsed.ok === false && parsed.message).toMatch(/token ids cannot be checked for PII, so Veilgate does not forward them/);
  });

  it.each([
    ["no input", { model: "m" }],
    ["text mixed with token ids", { model: "m", input: ["a", 1] }],
    ["an object", { model: "m", input: { text: "a" } }],
  ])("refuses %s", (_, body) => {
    expect(openAiEmbeddingsProtocol.parseRequest(body).ok).toBe(false);
  });

  it("never streams and never restores: the vectors come back untouched", () => {
    expect(openAiEmbeddingsProtocol.isStreaming(parse({ model: "m", input: "x", stream: true }))).toBe(false);
    const recorded = readFileSync(new URL("./__fixtures__/embeddings-two-inputs.json", import.meta.url), "utf8");
    const body: unknown = JSON.parse(recorded);
    const kit: RestoreKit = {
      restore: () => {
        throw new Error("embeddings must not be restored");
      },
      createStream: () => {
        throw new Error("embeddings must not be restored");
      },
    };
    expect(openAiEmbeddingsProtocol.restoreResponse(body, kit)).toBe("[2 embeddings; vectors are not restored]");
    expect(body).toEqual(JSON.parse(recorded));
  });

  it("reads every field it does not name, but not its settings", () => {
    const request = parse({ model: "m", input: "x", dimensions: 4158675309, encoding_format: "float", x_note: { who: "jane@example.com" } });
    expect(openAiEmbeddingsProtocol.textSlots(request).map((slot) => slot.text)).toEqual(["x", "jane@example.com", "who", "x_note"]);
  });
});
